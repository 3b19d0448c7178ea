import type { ChangeEntry } from '../model';
import { archiveTables, type ArchiveBatch } from './batch';

/** One record's field stamps, as the change gate keeps them with the record. */
export type StampedRecord = { table: string; record: { id: string }; stamps: Record<string, string> };

/**
 * The change-log rows and field stamps a batch would have had if each record had been written through the
 * change gate: one "put" per record naming every field, all fields stamped with that record's clock. Stored
 * in the batch's own transaction, they let a generated (or imported) archive sync like records a clerk made.
 * `nextStamp` hands out this laptop's hybrid-clock stamps in order.
 */
export function changeStamps(
  batch: ArchiveBatch,
  nextStamp: () => string,
  deviceId: string,
  at: string,
): { changes: ChangeEntry[]; stamped: StampedRecord[] } {
  const changes: ChangeEntry[] = [];
  const stamped: StampedRecord[] = [];
  for (const table of archiveTables) {
    for (const record of batch[table] as ReadonlyArray<{ id: string }>) {
      const hlc = nextStamp();
      const fields = Object.keys(record)
        .filter((field) => field !== 'id')
        .sort();
      changes.push({ table, recordId: record.id, op: 'put', fields, hlc, deviceId, at });
      stamped.push({ table, record, stamps: Object.fromEntries(fields.map((field) => [field, hlc])) });
    }
  }
  return { changes, stamped };
}
