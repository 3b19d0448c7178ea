/**
 * The upgrade benchmark's half that runs inside Chromium (bench/upgrade.ts bundles it and evaluates it): a
 * council's archive stored as version 2 of Chamber left it (each record's field stamps in a row of `clocks`),
 * then opened by this Chamber, which upgrades it to version 3 (the stamps moved into the records' rows).
 */
import { Dexie } from 'dexie';
import { ChamberDatabase, databaseName } from '../../renderer/db/database';
import { schemaV1, schemaV2 } from '../../renderer/db/schema';
import { archiveTables, countBatch, generateArchive } from '../../renderer/domain/archive';
import type { ArchiveCounts, ArchiveOptions } from '../../renderer/domain/archive';

type Row = { id: string } & Record<string, unknown>;

/** Store the archive as version 2 did: the records, and a clock row stamping every field of each. */
async function storeVersion2(options: ArchiveOptions): Promise<ArchiveCounts | undefined> {
  await Dexie.delete(databaseName);
  const old = new Dexie(databaseName);
  old.version(1).stores(schemaV1);
  old.version(2).stores(schemaV2);
  await old.open();
  let counts: ArchiveCounts | undefined;
  let n = 0;
  for (const batch of generateArchive(options)) {
    const stamp = `${String(Date.now()).padStart(15, '0')}-${String(n++ % 100000).padStart(5, '0')}-archive`;
    const tables = [...archiveTables.map((name) => old.table(name)), old.table('clocks')];
    await old.transaction('rw', tables, async () => {
      for (const name of archiveTables) {
        const list = batch[name] as unknown as Row[];
        if (list.length === 0) continue;
        await old.table(name).bulkPut(list);
        await old.table('clocks').bulkPut(list.map((row) => clockOf(name, row, stamp)));
      }
    });
    counts = countBatch(batch, counts);
  }
  old.close();
  return counts;
}

function clockOf(table: string, row: Row, stamp: string) {
  const fields: Record<string, string> = {};
  for (const field of Object.keys(row)) if (field !== 'id') fields[field] = stamp;
  return { key: `${table}/${row.id}`, table, recordId: row.id, fields };
}

/** Open the stored archive with this Chamber, which upgrades it; how long, and the clock rows left after. */
async function openAndUpgrade(): Promise<{ ms: number; clockRowsLeft: number; version: number }> {
  const database = new ChamberDatabase(databaseName);
  const started = performance.now();
  await database.open();
  const ms = performance.now() - started;
  const clockRowsLeft = await database.clocks.count();
  const version = database.verno;
  database.close();
  return { ms, clockRowsLeft, version };
}

export const upgradeBench = { storeVersion2, openAndUpgrade };
export type UpgradeBench = typeof upgradeBench;
(globalThis as unknown as { chamberUpgrade: UpgradeBench }).chamberUpgrade = upgradeBench;
