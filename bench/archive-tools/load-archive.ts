import type { Table } from 'dexie';
import { db } from '../../renderer/db/database';
import { loadDeviceClock, loadedClock, nextStamp } from '../../renderer/db/device';
import { withStamps } from '../../renderer/db/record-stamps';
import { buildIndex, saveIndex } from '../../renderer/db/search';
import {
  archiveTables,
  changeStamps,
  countBatch,
  generateArchive,
  type ArchiveCounts,
  type ArchiveOptions,
} from '../../renderer/domain/archive';

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export type LoadProgress = (done: number, counts: ArchiveCounts) => void;

/**
 * Fill Chamber's database with a generated archive, as an import from a council's old system would: straight
 * into the tables in large transactions rather than record by record through the change gate, but with the
 * change-log rows and field stamps the gate would have written (bulk, in the same transaction), so the archive
 * syncs to another laptop like records a clerk made. Then build and save the search index once, so the app
 * opens it ready.
 *
 * For tests, benchmarks and demonstrations only: the shipped app never contains this.
 */
export async function loadArchive(
  options: ArchiveOptions,
  progress?: LoadProgress,
): Promise<{ counts: ArchiveCounts; indexMs: number }> {
  let counts: ArchiveCounts | undefined;
  let done = 0;
  let clock = await loadDeviceClock(db);
  const { deviceId } = clock;
  const stamp = () => {
    const hlc = nextStamp(clock, db);
    clock = loadedClock(db) ?? clock;
    return hlc;
  };
  for (const batch of generateArchive(options)) {
    for (const document of batch.documents) {
      const content = batch.documentContents.find((entry) => entry.id === document.id);
      if (content) document.sha256 = await sha256(content.bytes);
    }
    const tables: Table[] = [...archiveTables.map((name) => db.table(name)), db.changes];
    const { changes, stamped } = changeStamps(batch, stamp, deviceId, new Date().toISOString());
    const rows = new Map<string, object[]>();
    for (const { table, record, stamps } of stamped) {
      const list = rows.get(table) ?? [];
      rows.set(table, list);
      list.push(withStamps(record, stamps));
    }
    await db.transaction('rw', tables, async () => {
      for (const [name, list] of rows) await db.table(name).bulkPut(list);
      await db.changes.bulkAdd(changes);
    });
    counts = countBatch(batch, counts);
    progress?.(++done, counts);
  }
  const started = performance.now();
  const { index, indexedUpTo } = await buildIndex();
  await saveIndex(index, indexedUpTo);
  if (!counts) throw new Error('The archive generator produced nothing: check the options.');
  return { counts, indexMs: performance.now() - started };
}
