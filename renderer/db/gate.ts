import { Dexie, type Table } from 'dexie';
import equal from 'fast-deep-equal/es6';
import type { ChangeEntry, RecordClock, Stored } from '../domain/model';
import type { ChamberDatabase, SyncedTableName } from './database';
import { loadDeviceClock, loadedClock, nextStamp } from './device';

/**
 * The change gate: the one path by which records are written. Each write records which fields changed, the
 * hybrid-clock stamp, the laptop and the time in `changes`, and moves the per-field clocks in `clocks` that
 * sync merges by. It must run inside a repository's explicit read-write transaction that includes
 * `gateTables(db)`, so the record and its stamps commit or fail together.
 */
export function gateTables(database: ChamberDatabase): Table[] {
  return [database.changes, database.clocks, database.meta];
}

/** Successive edits of the same fields within this window share one log entry, so typing stays cheap. */
const coalesceWindowMs = 2000;

type AnyRecord = Stored & Record<string, unknown>;

function tableOf(database: ChamberDatabase, name: SyncedTableName): Table<AnyRecord, string> {
  return database.table<AnyRecord, string>(name);
}

function assertInTransaction(name: string): void {
  const tx = Dexie.currentTransaction;
  if (!tx || tx.mode !== 'readwrite') {
    throw new Error(
      `Write to ${name} outside a repository transaction: use a function from db/repositories.`,
    );
  }
}

export function changedFields(before: AnyRecord | undefined, after: AnyRecord): string[] {
  const keys = new Set([...Object.keys(after), ...Object.keys(before ?? {})]);
  keys.delete('id');
  return [...keys].filter((key) => !equal(before?.[key], after[key])).sort();
}

/** Write a whole record; only the fields that differ from what is stored are stamped. Returns those fields. */
export async function putRecord<T extends Stored>(
  database: ChamberDatabase,
  name: SyncedTableName,
  record: T,
): Promise<string[]> {
  assertInTransaction(name);
  const table = tableOf(database, name);
  const next = record as unknown as AnyRecord;
  const before = await table.get(record.id);
  const fields = changedFields(before, next);
  if (fields.length === 0) return fields;
  await table.put(next);
  await stamp(database, name, record.id, 'put', fields);
  return fields;
}

/** Change some fields of a stored record. Throws if it does not exist. */
export async function updateRecord<T extends Stored>(
  database: ChamberDatabase,
  name: SyncedTableName,
  id: string,
  changes: Partial<Omit<T, 'id'>>,
): Promise<T> {
  assertInTransaction(name);
  const before = await tableOf(database, name).get(id);
  if (!before) throw new Error(`No ${name} record ${id}: it may have been deleted on another laptop.`);
  const next = { ...before, ...changes } as AnyRecord;
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete next[key];
  await putRecord(database, name, next);
  return next as unknown as T;
}

/** Delete a record, leaving a tombstone in its clock so the deletion travels to other laptops. */
export async function deleteRecord(
  database: ChamberDatabase,
  name: SyncedTableName,
  id: string,
): Promise<void> {
  assertInTransaction(name);
  const table = tableOf(database, name);
  if (!(await table.get(id))) return;
  await table.delete(id);
  await stamp(database, name, id, 'delete', []);
}

async function stamp(
  database: ChamberDatabase,
  name: SyncedTableName,
  recordId: string,
  op: ChangeEntry['op'],
  fields: string[],
): Promise<void> {
  const state = loadedClock(database) ?? (await loadDeviceClock(database));
  const hlc = nextStamp(state, database);
  const device = state.deviceId;
  const now = new Date();
  const key = `${name}/${recordId}`;
  const clock: RecordClock = (await database.clocks.get(key)) ?? { key, table: name, recordId, fields: {} };
  if (op === 'delete') clock.deletedAt = hlc;
  else {
    delete clock.deletedAt;
    for (const field of fields) clock.fields[field] = hlc;
  }
  await database.clocks.put(clock);

  const last = await database.changes.toCollection().last();
  if (
    last &&
    last.seq !== undefined &&
    last.table === name &&
    last.recordId === recordId &&
    last.op === op &&
    last.deviceId === device &&
    equal(last.fields, fields) &&
    now.getTime() - Date.parse(last.at) < coalesceWindowMs
  ) {
    await database.changes.put({ ...last, hlc, at: now.toISOString() });
    return;
  }
  await database.changes.add({
    table: name,
    recordId,
    op,
    fields,
    hlc,
    deviceId: device,
    at: now.toISOString(),
  });
}
