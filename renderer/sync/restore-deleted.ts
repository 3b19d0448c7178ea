import { db, type SyncedTableName } from '../db/database';
import { alreadyRestored } from '../db/repositories/restore';
import { parseStamp } from '../domain/hybrid-clock';
import type { CheckedBundle } from './format/bundle-read';
import { bundleTables } from './format/manifest';
import { tablePieces, withPapers } from './format/table-read';
import type { RecordState } from './merge/types';

/** A record a file holds that this laptop has deleted since: what a restore can bring back. */
export type DeletedSince = {
  table: SyncedTableName;
  id: string;
  label: string;
  /** When it was deleted here (ISO), from its tombstone's clock stamp. */
  deletedAt: string;
  /** A paper's contents come back with the paper and are not listed on their own. */
  listed: boolean;
};

/** Tables whose records are only the working state of others and are never offered on their own. */
const withTheirOwner = new Set<string>(['documentContents', 'minuteRevisions']);

/**
 * The records a checked file (a backup, usually) holds alive that this laptop holds only as tombstones: deleted
 * here since the file was made. An import leaves them deleted, as a deletion is final between laptops (a
 * record is never re-made under its old id); the clerk can bring them back as new records (restoreDeleted).
 */
export async function findDeletedSince(bundle: CheckedBundle): Promise<DeletedSince[]> {
  const found: DeletedSince[] = [];
  for (const table of bundleTables) {
    for (const records of tablePieces(bundle, table)) {
      const living = records.filter((record) => record.values && !record.deletedAt);
      if (living.length === 0) continue;
      const tombstones = await db.clocks.bulkGet(living.map((record) => `${table}/${record.id}`));
      living.forEach((record, index) => {
        const deletedAt = tombstones[index]?.deletedAt;
        if (!deletedAt) return;
        found.push({
          table,
          id: record.id,
          label: labelOf(record),
          deletedAt: new Date(parseStamp(deletedAt).millis).toISOString(),
          listed: !withTheirOwner.has(table),
        });
      });
    }
  }
  const done = await alreadyRestored(found);
  return found.filter((record) => !done.has(`${record.table}/${record.id}`));
}

/**
 * The chosen records as the file holds them, papers' bytes in place, with what belongs to them: a paper's
 * contents, a minute's earlier versions.
 */
export function readRestorable(bundle: CheckedBundle, chosen: ReadonlySet<string>): RecordState[] {
  // A paper's contents share its id; a minute's earlier versions name it.
  const wanted = (record: RecordState) => {
    const minuteId = record.values?.minuteId;
    return (
      chosen.has(record.id) ||
      (record.table === 'minuteRevisions' && typeof minuteId === 'string' && chosen.has(minuteId))
    );
  };
  const picked: RecordState[] = [];
  for (const table of bundleTables) {
    const pieces = [...tablePieces(bundle, table)].map((records) => records.filter(wanted));
    for (const records of withPapers(bundle, pieces)) picked.push(...records.filter(wanted));
  }
  return picked;
}

function labelOf(record: RecordState): string {
  const values = record.values ?? {};
  for (const field of ['title', 'name', 'fileName', 'number', 'text', 'date', 'label']) {
    const value = values[field];
    if (typeof value === 'string' && value.trim())
      return value.length > 80 ? `${value.slice(0, 77)}…` : value;
    if (typeof value === 'number') return String(value);
  }
  return 'untitled';
}
