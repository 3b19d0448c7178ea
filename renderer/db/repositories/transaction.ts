import type { Table } from 'dexie';
import { db } from '../database';
import { gateTables } from '../gate';

/**
 * Run a repository write in one explicit read-write transaction over the given tables plus the change gate's
 * own tables: the records and their change-log entries commit together or not at all.
 */
export function writeTransaction<T>(tables: Table[], work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', [...tables, ...gateTables(db)], work);
}

export function newId(): string {
  return crypto.randomUUID();
}
