import type { ChangeEntry, RecordClock } from '../model';
import { archiveTables, type ArchiveBatch } from './batch';

/**
 * The change-log rows and field clocks a batch would have had if each record had been written through the
 * change gate: one "put" per record naming every field, all fields stamped with that record's clock. Stored
 * in the batch's own transaction, they let a generated (or imported) archive sync like records a clerk made.
 * `nextStamp` hands out this laptop's hybrid-clock stamps in order.
 */
export function changeStamps(
  batch: ArchiveBatch,
  nextStamp: () => string,
  deviceId: string,
  at: string,
): { changes: ChangeEntry[]; clocks: RecordClock[] } {
  const changes: ChangeEntry[] = [];
  const clocks: RecordClock[] = [];
  for (const table of archiveTables) {
    for (const record of batch[table] as ReadonlyArray<{ id: string }>) {
      const hlc = nextStamp();
      const fields = Object.keys(record)
        .filter((field) => field !== 'id')
        .sort();
      changes.push({ table, recordId: record.id, op: 'put', fields, hlc, deviceId, at });
      clocks.push({
        key: `${table}/${record.id}`,
        table,
        recordId: record.id,
        fields: Object.fromEntries(fields.map((field) => [field, hlc])),
      });
    }
  }
  return { changes, clocks };
}
