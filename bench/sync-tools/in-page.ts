/**
 * The sync benchmark's half that runs inside Chromium, on a blank page of its own origin (bench/sync.ts
 * bundles it with esbuild and evaluates it). Chamber's export and import run against the real IndexedDB,
 * each beside its baseline: a raw read plus zip of the same bytes, and a raw IndexedDB bulk write of the same
 * rows. Timings are taken here; memory is sampled from outside, over the browser's processes.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { databaseName, db, syncedTables } from '../../renderer/db/database';
import { forgetDevice } from '../../renderer/db/device';
import { stampsKey, withStamps } from '../../renderer/db/record-stamps';
import {
  archiveTables,
  countBatch,
  generateArchive,
  type ArchiveCounts,
} from '../../renderer/domain/archive';
import type { ArchiveOptions } from '../../renderer/domain/archive';
import { exportFileTo } from '../../renderer/sync/export';
import type { FileSink } from '../../renderer/sync/format/file-parts';
import { readBundle } from '../../renderer/sync/format/bundle-read';
import { applyImport } from '../../renderer/sync/import';
import { pieceSink } from '../../renderer/ui/features/sync/folder-pieces';

type Row = { id: string } & Record<string, unknown>;
type Rows = Map<string, Row[]>;

let file: Uint8Array | undefined;
/** Where Chamber's export was written: a file in the origin's private file system, until joinFile. */
const exportName = 'sync-bench.chamber';
let rows: Rows | undefined;

const collect = () => (globalThis as { gc?: () => void }).gc?.();

async function freshDatabase(): Promise<void> {
  db.close();
  await db.delete();
  forgetDevice(db);
  await db.open();
}

/** Store the archive as the change gate would have left it: every record with a stamp on every field. */
async function loadArchive(options: ArchiveOptions): Promise<ArchiveCounts | undefined> {
  await freshDatabase();
  let counts: ArchiveCounts | undefined;
  let n = 0;
  for (const batch of generateArchive(options)) {
    const stamp = `${String(Date.now()).padStart(15, '0')}-${String(n++ % 100000).padStart(5, '0')}-archive`;
    const tables = archiveTables.map((name) => db.table(name));
    await db.transaction('rw', tables, async () => {
      for (const name of archiveTables) {
        const list = batch[name] as unknown as Row[];
        if (list.length === 0) continue;
        await db.table(name).bulkPut(list.map((row) => withStamps(row, stampsOf(row, stamp))));
      }
    });
    counts = countBatch(batch, counts);
  }
  return counts;
}

function stampsOf(row: Row, stamp: string) {
  const fields: Record<string, string> = {};
  for (const field of Object.keys(row)) if (field !== 'id') fields[field] = stamp;
  return fields;
}

function openRaw(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB would not open.'));
  });
}

function done(request: IDBRequest | IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    if (request instanceof IDBTransaction) {
      request.oncomplete = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('The transaction failed.'));
    } else {
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('The request failed.'));
    }
  });
}

/** Every synced row, read with one raw getAll per table. */
async function readAllRaw(): Promise<Rows> {
  const database = await openRaw();
  const all: Rows = new Map();
  const tx = database.transaction([...syncedTables], 'readonly');
  for (const table of syncedTables) {
    const request = tx.objectStore(table).getAll();
    await done(request);
    all.set(table, request.result as Row[]);
  }
  database.close();
  return all;
}

/**
 * Reads every store once and lets it go: run in a page of its own before the exports,
 * so both read a database the browser has already read once, whichever is measured first.
 */
async function warmDatabase(): Promise<number> {
  const database = await openRaw();
  const stores = [...database.objectStoreNames];
  const tx = database.transaction(stores, 'readonly');
  let count = 0;
  for (const store of stores) {
    const request = tx.objectStore(store).getAll();
    await done(request);
    count += (request.result as unknown[]).length;
  }
  database.close();
  return count;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  collect();
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

type Level = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** A raw read of every row, then a zip of the same bytes (records deflated, papers stored). */
async function rawZip(level: Level): Promise<Uint8Array<ArrayBuffer>> {
  const files: Zippable = {};
  for (const [table, list] of await readAllRaw()) {
    if (list.length === 0) continue;
    if (table === 'documentContents') {
      for (const row of list) files[`documents/${row.id}`] = [row.bytes as Uint8Array, { level: 0 }];
      const ids = list.map((row) => ({ id: row.id }));
      files[`records/${table}.json`] = [new TextEncoder().encode(JSON.stringify(ids)), { level }];
    } else files[`records/${table}.json`] = [new TextEncoder().encode(JSON.stringify(list)), { level }];
  }
  return zipSync(files);
}

/** Baseline for export: the raw read and zip, kept in memory. */
function rawExport(level: Level) {
  return timed(async () => (await rawZip(level)).length);
}

/**
 * A fairer baseline beside rawExport (added 7 Dec): the same raw read and zip, then written to disk as
 * Chamber's export is (the origin private file system, one writable, closed), since Chamber's export is timed
 * to the file on disk and the browser's copy of it into place on close is part of the clerk's wait.
 */
function rawExportToDisk(level: Level) {
  return timed(async () => {
    const zipped = await rawZip(level);
    const folder = await navigator.storage.getDirectory();
    const handle = await folder.getFileHandle(rawName, { create: true });
    const writable = await handle.createWritable();
    await writable.write(zipped);
    await writable.close();
    await folder.removeEntry(rawName);
    return zipped.length;
  });
}
const rawName = 'sync-bench-raw.zip';

/**
 * A file on disk written as the desktop app writes the clerk's chosen file: the page sends 8 MB pieces out of
 * itself (there over IPC to main, here to the browser's own process through the origin private file system),
 * and the file is put in place when closed, or thrown away when abandoned.
 */
async function diskSink(): Promise<FileSink> {
  const folder = await navigator.storage.getDirectory();
  const handle = await folder.getFileHandle(exportName, { create: true });
  const writable = await handle.createWritable();
  return pieceSink(
    async (piece) => {
      await writable.write(piece.bytes as Uint8Array<ArrayBuffer>);
      if (piece.done) await writable.close();
    },
    { location: 'origin private file system', name: exportName },
    () => writable.abort(),
  );
}

/** Chamber's export of everything, written to disk as it is made (as the Sync screen's Export does). */
async function ourExport() {
  const result = await timed(async () =>
    exportFileTo(await diskSink(), { scope: { kind: 'everything' } }, 'none'),
  );
  return { ms: result.ms, value: result.value.size };
}

/**
 * Not a baseline of the issue's: the same export encrypted with a passphrase (as it is by default when the
 * archive holds Part B business), sealed as it is made and written to disk the same way. The file is then
 * removed, outside the measure.
 */
async function ourEncryptedExport() {
  const result = await timed(async () =>
    exportFileTo(await diskSink(), { scope: { kind: 'everything' } }, { passphrase: 'bench passphrase' }),
  );
  await (await navigator.storage.getDirectory()).removeEntry(exportName);
  return { ms: result.ms, value: result.value.size };
}

/** The written file read back from disk into one buffer, as the import reads a file: outside both measures. */
async function joinFile(): Promise<number> {
  const folder = await navigator.storage.getDirectory();
  const written = await (await folder.getFileHandle(exportName)).getFile();
  file = new Uint8Array(await written.arrayBuffer());
  await folder.removeEntry(exportName);
  return file.length;
}

/** Remove a plain export's file without reading it (the file of a repeated export, after joinFile kept one). */
async function removeExport(): Promise<void> {
  await (await navigator.storage.getDirectory()).removeEntry(exportName);
}

/** Keep the rows in memory for the import baselines, then empty the database as a new laptop's. */
async function keepRowsAndEmpty(): Promise<number> {
  rows = await readAllRaw();
  await freshDatabase();
  return [...rows.values()].reduce((sum, list) => sum + list.length, 0);
}

/**
 * Baseline for import (the issue's): the kept rows, as stored (each record's field stamps in its row), written
 * raw in one read-write transaction; then the database is emptied and the rows let go, so that Chamber's
 * import runs in a page that holds the file, as the app's page does, and not the baseline's copy of every
 * record (a page holding a gigabyte lets V8 grow its heap that much more before collecting).
 */
async function rawImport() {
  const all = rows;
  if (!all) throw new Error('No rows kept: run keepRowsAndEmpty first.');
  const result = await timed(() => putRaw(all).then(() => all.size));
  await freshDatabase();
  rows = undefined;
  return result;
}

/** The rows kept by keepRows for the repeated import baselines (small scales only). */
let keptRows: Rows | undefined;

/** Keep every row for repeated raw writes, leaving the database as it is. */
async function keepRows(): Promise<number> {
  keptRows = await readAllRaw();
  return [...keptRows.values()].reduce((sum, list) => sum + list.length, 0);
}

/** Put rows raw in one read-write transaction on one connection. */
async function putRaw(all: Rows): Promise<void> {
  db.close();
  const database = await openRaw();
  const tx = database.transaction([...all.keys()], 'readwrite');
  for (const [table, list] of all) {
    const store = tx.objectStore(table);
    for (const row of list) store.put(row);
  }
  await done(tx);
  database.close();
}

/** rawImport again, from the kept rows, into an emptied database; emptied again after. */
async function rawImportKept() {
  const all = keptRows;
  if (!all) throw new Error('No rows kept: run keepRows first.');
  await freshDatabase();
  const result = await timed(() => putRaw(all).then(() => all.size));
  await freshDatabase();
  return result;
}

/**
 * A fairer baseline for an import (added 7 Dec), beside the issue's: the same file, unpacked by fflate's unzip
 * and parsed, its records made rows as Chamber stores them (a record's values with its field stamps, a paper's
 * bytes from its entry), put raw in one transaction. rawImport starts from rows already in memory, so it
 * leaves out unpacking and parsing the file, which no import can; this one leaves out only Chamber's checks
 * and merge. Into an emptied database, emptied again after.
 */
async function rawImportFile() {
  if (!file) throw new Error('No file exported yet.');
  const bytes = file;
  await freshDatabase();
  const result = await timed(async () => {
    const entries = unzipSync(bytes);
    const all: Rows = new Map();
    const decoder = new TextDecoder();
    for (const [path, entry] of Object.entries(entries)) {
      const table = /^records\/(.+)\.json$/.exec(path)?.[1];
      if (!table) continue;
      type Exported = { id: string; stamps: Record<string, string>; values?: Row };
      const list = (JSON.parse(decoder.decode(entry)) as Exported[]).flatMap((record) => {
        if (!record.values) return [];
        const row: Row = { ...record.values, [stampsKey]: record.stamps };
        const reference = (row.bytes as { $binary?: string } | undefined)?.$binary;
        if (reference) row.bytes = entries[reference];
        return [row];
      });
      if (list.length > 0) all.set(table, list);
    }
    await putRaw(all);
    return all.size;
  });
  await freshDatabase();
  return result;
}

/** Chamber's import into an emptied database (the repeated rounds), emptied again after. */
async function ourImportFresh() {
  await freshDatabase();
  const result = await ourImport();
  await freshDatabase();
  return result;
}

/** Chamber's import of the file, as importFile does it; its value is how long checking the file took. */
async function ourImport() {
  if (!file) throw new Error('No file exported yet.');
  const bytes = file;
  let checkMs = 0;
  const result = await timed(async () => {
    const started = performance.now();
    const bundle = await readBundle(bytes);
    checkMs = performance.now() - started;
    return applyImport({ bundle });
  });
  return { ms: result.ms, value: checkMs };
}

export const syncBench = {
  loadArchive,
  warmDatabase,
  rawExport,
  rawExportToDisk,
  ourExport,
  ourEncryptedExport,
  joinFile,
  removeExport,
  keepRowsAndEmpty,
  rawImport,
  keepRows,
  rawImportKept,
  rawImportFile,
  ourImport,
  ourImportFresh,
  freshDatabase,
  dropFile: () => void (file = undefined),
};
export type SyncBench = typeof syncBench;

(globalThis as unknown as { chamberSync: SyncBench }).chamberSync = syncBench;
