import type { AgendaItem, Stored } from '../../domain/model';
import { db, syncedTables, type SyncedTableName } from '../database';
import { putRecord, updateRecord } from '../gate';
import { schemaV9 } from '../schema';
import { siblingsOf, storeOrder } from './agenda';
import { newId, writeTransaction } from './transaction';

/** A record as it was before it was deleted: what a restore (or an undo) brings back. */
export type RemovedRecord = { table: string; id: string; values?: Record<string, unknown> };

/** The indexed fields that point at another record (committeeId, agendaItemId…), by table. */
const references: [SyncedTableName, string][] = syncedTables.flatMap((table) =>
  schemaV9[table]
    .split(',')
    .map((index) => index.trim())
    .filter((index) => /^[a-z]\w*Id$/.test(index))
    .map((field): [SyncedTableName, string] => [table, field]),
);

/**
 * Bring deleted records back from a file (a backup), as new records: a deletion is final between laptops, so
 * a record never comes back under its old id. Each gets a new id; what the restored records say of each other
 * (a paper's item, a paper's contents, an item's parent) follows, and so do records still here that pointed at
 * the deleted ones (a minute of a removed item). Restored agenda items take their old places among the items
 * now there. One transaction: all of it or none. Returns how many records came back.
 */
export async function restoreDeleted(records: readonly RemovedRecord[]): Promise<number> {
  const renamed = new Map<string, string>();
  for (const record of records) if (!renamed.has(record.id)) renamed.set(record.id, newId());
  const relink = (value: unknown): unknown =>
    typeof value === 'string' ? (renamed.get(value) ?? value) : value;
  const tables = [...syncedTables.map((name) => db.table(name)), db.meta];
  return writeTransaction(tables, async () => {
    const items: AgendaItem[] = [];
    for (const record of records) {
      if (!record.values) continue;
      const values: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(record.values))
        values[field] = field === 'id' || field.endsWith('Id') ? relink(value) : value;
      const restored = { ...values, id: renamed.get(record.id) } as Stored;
      await putRecord(db, record.table as SyncedTableName, restored);
      // Remembered, so the same backup does not offer it again.
      await db.meta.put({ key: restoredKey(record.table, record.id), value: restored.id });
      if (record.table === 'agendaItems') items.push(restored as AgendaItem);
    }
    const oldIds = [...renamed.keys()];
    for (const [table, field] of references) {
      const pointing = await db.table(table).where(field).anyOf(oldIds).toArray();
      for (const row of pointing as Record<string, unknown>[])
        await updateRecord(db, table, row.id as string, { [field]: relink(row[field]) });
    }
    for (const item of items) {
      // Ties go to the restored item, so it takes its old place and the others move down one.
      const siblings = (await siblingsOf(item)).sort(
        (a, b) => a.order - b.order || Number(b.id === item.id) - Number(a.id === item.id),
      );
      await storeOrder(siblings);
    }
    return records.length;
  });
}

/** The mark an old record leaves once restored: the new record's id. */
export function restoredKey(table: string, id: string): string {
  return `restored/${table}/${id}`;
}

/** Which of these deleted records have already been restored here (by "table/id"). */
export async function alreadyRestored(keys: readonly { table: string; id: string }[]): Promise<Set<string>> {
  const marks = await db.meta.bulkGet(keys.map((key) => restoredKey(key.table, key.id)));
  return new Set(keys.filter((_, index) => marks[index]).map((key) => `${key.table}/${key.id}`));
}

/**
 * An undo's restore: brings back what has not come back another way (restored from a backup meanwhile), and says
 * so when all of it already has, rather than making a second copy.
 */
export async function restoreUnlessBack(records: readonly RemovedRecord[]): Promise<number> {
  const back = await alreadyRestored(records);
  const rest = records.filter((record) => !back.has(`${record.table}/${record.id}`));
  if (rest.length === 0) throw new Error('It is already back: it was restored from a backup.');
  return restoreDeleted(rest);
}
