import { db, type SyncedTableName } from '../../../renderer/db/database';
import { stampsOf, type FieldStamps } from '../../../renderer/db/record-stamps';

/** The field stamps stored with a record (none for a record that is not stored). */
export async function storedStamps(table: SyncedTableName, id: string): Promise<FieldStamps> {
  const record = await db.table<object, string>(table).get(id);
  return (record && stampsOf(record)) ?? {};
}
