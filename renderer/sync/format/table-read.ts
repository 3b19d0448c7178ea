import type { z } from 'zod';
import type { RecordState } from '../merge/types';
import { restoreBinaries, tablesWithBinaries } from './binary-fields';
import { sha256Hex } from './checksum';
import { SyncError } from './errors';
import { recordsEntry, type BundleTable, type Manifest } from './manifest';
import { recordName } from './record-names';
import { recordSchemas } from './record-schemas';
import { checkExportedRecords } from './records-entry';
import { recordListPieces } from './record-list';
import { readZipEntryNatively } from './native-unpack';
import { readZipEntry, type ZipEntry } from './zip-reader';

/** A file's bytes (decrypted) and its entries: every table is read from them when it is needed, then let go. */
export type BundleBytes = {
  manifest: Manifest;
  bytes: Uint8Array;
  entries: ReadonlyMap<string, ZipEntry>;
  /**
   * A small file's records as checked, a table's pieces each, kept so that merging them does not unpack and
   * parse every table a second time (see keptRecordBytes); a large file's tables are read again instead.
   */
  checked?: ReadonlyMap<BundleTable, readonly RecordState[][]>;
};

/**
 * Record text (unpacked) up to which a file's checked records are kept parsed for the merge: a council's
 * year or two of records, a few tens of megabytes parsed. Twelve years are hundreds of megabytes: those are
 * read again a table at a time, never held parsed whole.
 */
export const keptRecordBytes = 8 * 1024 * 1024;

/** Stands in for a paper's bytes while a record is checked: the check needs to know only that they are bytes. */
const checkedBytes = new Uint8Array(0);

/**
 * Check every record of one table: the list is well formed, holds the count the manifest gives, names each id
 * once, and each record's values are valid for the table, with every paper it refers to in the file. The list
 * is read a few megabytes at a time (record-list.ts) and nothing of it is kept but what `each` keeps: the import
 * reads the table again when it writes it (`tablePieces`), so the whole file is never held parsed at once.
 */
export async function checkTable(
  file: BundleBytes,
  table: BundleTable,
  each: (record: RecordState) => void = () => undefined,
  keep?: RecordState[][],
): Promise<void> {
  const path = recordsEntry(table);
  const raw = await readZipEntryNatively(file.bytes, file.entries.get(path) as ZipEntry);
  // The checksum is worked out off the page (WebCrypto) while the records are read, not waited for first. It
  // is still the first answer: a list that does not match its checksum is refused as damaged, whatever else
  // reading it found wrong.
  const matches = sha256Hex(raw).then((sha256) => sha256 === file.manifest.entries[path]?.sha256);
  try {
    readRecords(file, table, raw, each, keep);
  } catch (error) {
    if (!(await matches)) throw new SyncError('checksum-mismatch', path);
    throw error;
  }
  if (!(await matches)) throw new SyncError('checksum-mismatch', path);
}

/** checkTable's reading of a table's records, once its list is unpacked. */
function readRecords(
  file: BundleBytes,
  table: BundleTable,
  raw: Uint8Array,
  each: (record: RecordState) => void,
  keep: RecordState[][] | undefined,
): void {
  const path = recordsEntry(table);
  const schema = recordSchemas[table];
  const seen = new Set<string>();
  for (const piece of recordListPieces(raw, path)) {
    const records = checkExportedRecords(piece.items, path, seen.size);
    // Only a piece whose text names a binary entry needs its values walked for references.
    const hasBinaries = piece.text.includes('"$binary"');
    const kept: RecordState[] = [];
    keep?.push(kept);
    for (const record of records) {
      if (seen.has(record.id)) throw new SyncError('record-invalid', `${table} ${record.id} appears twice`);
      seen.add(record.id);
      const state: RecordState = { table, id: record.id, stamps: record.stamps };
      if (record.deletedAt) state.deletedAt = record.deletedAt;
      if (record.values && !record.deletedAt) {
        const values = hasBinaries
          ? restoreBinaries(record.values, (reference) => {
              if (!tablesWithBinaries.has(table))
                throw new SyncError('record-invalid', `${table} ${record.id} holds bytes it cannot hold`);
              if (!reference.startsWith('documents/') || !file.entries.has(reference))
                throw new SyncError('document-missing', `${table} ${record.id} refers to ${reference}`);
              return checkedBytes;
            })
          : record.values;
        const valid = schema.safeParse(values);
        if (!valid.success) throw refusal(valid.error, table, record.id, record.values);
        if (valid.data.id !== record.id)
          throw new SyncError('record-invalid', `${table} ${record.id} id differs`);
        state.values = record.values;
      }
      if (!state.values && !state.deletedAt)
        throw new SyncError('record-invalid', `${table} ${record.id} is empty`);
      each(state);
      if (keep) kept.push(state);
    }
  }
  const expected = file.manifest.recordCounts[table] ?? 0;
  if (seen.size !== expected) {
    throw new SyncError('count-mismatch', `${table}: ${seen.size} records, manifest says ${expected}`);
  }
}

/**
 * The records of one table of a checked file, read again from its bytes a few megabytes at a time. Papers are
 * still references (`{ $binary: 'documents/…' }`): `withPapers` brings in their bytes a batch at a time.
 */
export function* tablePieces(file: BundleBytes, table: BundleTable): Generator<RecordState[]> {
  const checked = file.checked?.get(table);
  if (checked) {
    // Copies of the lists, so a reader may change its list without changing the next reader's.
    for (const piece of checked) yield piece.slice();
    return;
  }
  const path = recordsEntry(table);
  const entry = file.entries.get(path);
  if (!entry) return;
  for (const piece of recordListPieces(readZipEntry(file.bytes, entry), path)) {
    yield checkExportedRecords(piece.items, path).map((record) => {
      const state: RecordState = { table, id: record.id, stamps: record.stamps };
      if (record.deletedAt) state.deletedAt = record.deletedAt;
      else if (record.values) state.values = record.values;
      return state;
    });
  }
}

/** All the records of one table of a checked file (for a preview's labels: small tables, or few records). */
export function readTable(file: BundleBytes, table: BundleTable): RecordState[] {
  return [...tablePieces(file, table)].flat();
}

/** At most this many bytes of papers are unpacked at once while a table is written. */
const papersPerBatch = 16 * 1024 * 1024;

/**
 * A table's records in batches with their papers' bytes in place, each a copy of its own (a view would keep,
 * and IndexedDB would clone, the whole file): a table without papers comes a piece of the list at a time.
 */
export function* withPapers(file: BundleBytes, pieces: Iterable<RecordState[]>): Generator<RecordState[]> {
  let batch: RecordState[] = [];
  let size = 0;
  for (const records of pieces) {
    const table = records[0]?.table;
    if (!table || !tablesWithBinaries.has(table)) {
      if (records.length > 0) yield records;
      continue;
    }
    for (const record of records) {
      if (record.values) {
        const values = restoreBinaries(record.values, (reference) => {
          const entry = file.entries.get(reference);
          if (!entry) throw new SyncError('document-missing', `${table} ${record.id} refers to ${reference}`);
          size += entry.size;
          return readZipEntry(file.bytes, entry);
        });
        batch.push({ ...record, values: values as Record<string, unknown> });
      } else batch.push(record);
      if (size >= papersPerBatch) {
        yield batch;
        batch = [];
        size = 0;
      }
    }
  }
  if (batch.length > 0) yield batch;
}

/** A record refused for one of its values, naming it as the clerk knows it. */
function refusal(error: z.ZodError, table: string, id: string, values: Record<string, unknown>): SyncError {
  const detail = describe(error, `${table} ${id}`);
  const issue = error.issues[0];
  if (!issue || issue.path.length === 0) return new SyncError('record-invalid', detail);
  const name = recordName(table, values);
  const field = issue.path.join('.');
  return new SyncError('record-invalid', detail, { table, id, name, field, problem: issue.message });
}

export function describe(error: z.ZodError, where: string): string {
  const issue = error.issues[0];
  if (!issue) return where;
  const path = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return `${where}${path}: ${issue.message}`;
}
