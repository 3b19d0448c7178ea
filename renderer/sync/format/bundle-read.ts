import type { z } from 'zod';
import type { RecordState } from '../merge/types';
import { restoreBinaries } from './binary-fields';
import { sha256Hex } from './checksum';
import { decryptBytes, payloadEntry, wrapperEntry, wrapperSchema } from './encryption';
import { SyncError } from './errors';
import { defaultImportLimits, type ImportLimits } from './limits';
import {
  bundleFormat,
  bundleFormatVersion,
  bundleTables,
  envelopeSchema,
  manifestEntry,
  manifestSchema,
  recordsEntry,
  type BundleTable,
  type Manifest,
} from './manifest';
import { recordSchemas } from './record-schemas';
import { checkExportedRecords } from './records-entry';
import { readZipDirectory, readZipEntry, type ZipEntry } from './zip-reader';

/** A file that passed every check: nothing in it has been written anywhere yet. */
export type ParsedBundle = {
  manifest: Manifest;
  tables: Map<BundleTable, RecordState[]>;
  encrypted: boolean;
};

export type ReadOptions = { passphrase?: string; limits?: ImportLimits };

/**
 * Open a .chamber file and check everything before anyone writes anything: a zip, a well-formed manifest of
 * a known version, every entry present, listed and matching its checksum and size, every record valid for its
 * table, every document a record refers to present. Throws a SyncError naming the first problem found.
 */
export async function readBundle(bytes: Uint8Array, options: ReadOptions = {}): Promise<ParsedBundle> {
  const limits = options.limits ?? defaultImportLimits;
  const directory = readZipDirectory(bytes, limits);
  const byName = new Map(directory.map((entry) => [entry.name, entry]));
  const wrapper = byName.get(wrapperEntry);
  if (!wrapper) return { ...(await readPlain(bytes, byName, limits)), encrypted: false };
  const parsed = wrapperSchema.safeParse(
    readJson(readZipEntry(bytes, wrapper), 'manifest-invalid', wrapperEntry),
  );
  if (!parsed.success) throw new SyncError('manifest-invalid', describe(parsed.error, wrapperEntry));
  const payload = byName.get(payloadEntry);
  if (!payload || directory.length !== 2) throw new SyncError('missing-entry', payloadEntry);
  const inner = await decryptBytes(parsed.data, readZipEntry(bytes, payload), options.passphrase);
  const innerDirectory = readZipDirectory(inner, limits);
  if (innerDirectory.some((entry) => entry.name === wrapperEntry))
    throw new SyncError('manifest-invalid', 'nested');
  const innerByName = new Map(innerDirectory.map((entry) => [entry.name, entry]));
  return { ...(await readPlain(inner, innerByName, limits)), encrypted: true };
}

async function readPlain(
  bytes: Uint8Array,
  byName: Map<string, ZipEntry>,
  limits: ImportLimits,
): Promise<Omit<ParsedBundle, 'encrypted'>> {
  const manifest = readManifest(bytes, byName);
  const contents = await readEntries(bytes, byName, manifest, limits);
  const tables = new Map<BundleTable, RecordState[]>();
  for (const table of bundleTables) {
    const path = recordsEntry(table);
    const raw = contents.get(path);
    if (!raw) {
      if (manifest.recordCounts[table]) throw new SyncError('missing-entry', path);
      continue;
    }
    tables.set(table, readRecords(table, raw, contents, manifest));
    contents.delete(path); // The parsed records are all that is needed now.
  }
  for (const path of contents.keys()) {
    if (path.startsWith('records/'))
      throw new SyncError('record-invalid', `${path} is not a table Chamber knows`);
  }
  if (manifest.since === null) checkDocumentsPresent(tables);
  return { manifest, tables };
}

function readManifest(bytes: Uint8Array, byName: Map<string, ZipEntry>): Manifest {
  const entry = byName.get(manifestEntry);
  if (!entry) throw new SyncError('not-chamber');
  const json = readJson(readZipEntry(bytes, entry), 'manifest-invalid', manifestEntry);
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success || envelope.data.format !== bundleFormat) throw new SyncError('not-chamber');
  if (envelope.data.formatVersion > bundleFormatVersion) throw new SyncError('newer-version');
  if (envelope.data.formatVersion !== bundleFormatVersion) {
    throw new SyncError('unknown-version', `version ${envelope.data.formatVersion}`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new SyncError('manifest-invalid', describe(parsed.error, manifestEntry));
  return parsed.data;
}

/** Every entry listed, present, of its listed size, matching its checksum; nothing unlisted. */
async function readEntries(
  bytes: Uint8Array,
  byName: Map<string, ZipEntry>,
  manifest: Manifest,
  limits: ImportLimits,
): Promise<Map<string, Uint8Array>> {
  const listed = Object.entries(manifest.entries);
  if (listed.length > limits.maxEntries) throw new SyncError('too-many-entries', `${listed.length} listed`);
  for (const name of byName.keys()) {
    if (name !== manifestEntry && !(name in manifest.entries)) throw new SyncError('unlisted-entry', name);
  }
  const contents = new Map<string, Uint8Array>();
  for (const [path, expected] of listed) {
    const entry = byName.get(path);
    if (!entry) throw new SyncError('missing-entry', path);
    if (entry.size !== expected.size) throw new SyncError('checksum-mismatch', `${path} size`);
  }
  // Checksums a few at a time: WebCrypto works off the main thread, so thousands of small papers overlap.
  const checks = new Set<Promise<void>>();
  let failed: Error | undefined;
  for (const [path, expected] of listed) {
    const unpacked = readZipEntry(bytes, byName.get(path) as ZipEntry);
    contents.set(path, unpacked);
    const check: Promise<void> = sha256Hex(unpacked).then(
      (sha256) => {
        checks.delete(check);
        if (sha256 !== expected.sha256) failed ??= new SyncError('checksum-mismatch', path);
      },
      (error: unknown) => {
        checks.delete(check);
        failed ??= error instanceof Error ? error : new Error(String(error));
      },
    );
    checks.add(check);
    if (checks.size >= 32) await Promise.race(checks);
    if (failed) throw failed;
  }
  await Promise.all(checks);
  if (failed) throw failed;
  return contents;
}

function readRecords(
  table: BundleTable,
  raw: Uint8Array,
  contents: Map<string, Uint8Array>,
  manifest: Manifest,
): RecordState[] {
  const path = recordsEntry(table);
  const text = decodeText(raw, 'record-invalid', path);
  const records = checkExportedRecords(parseJson(text, 'record-invalid', path), path);
  if (records.length !== (manifest.recordCounts[table] ?? 0)) {
    throw new SyncError(
      'count-mismatch',
      `${table}: ${records.length} records, manifest says ${manifest.recordCounts[table] ?? 0}`,
    );
  }
  // Only a table whose text names a binary entry needs its values walked for references.
  const hasBinaries = text.includes('"$binary"');
  const schema = recordSchemas[table];
  const seen = new Set<string>();
  return records.map((record) => {
    if (seen.has(record.id)) throw new SyncError('record-invalid', `${table} ${record.id} appears twice`);
    seen.add(record.id);
    const state: RecordState = { table, id: record.id, stamps: record.stamps };
    if (record.deletedAt) state.deletedAt = record.deletedAt;
    if (record.values && !record.deletedAt) {
      const values = hasBinaries
        ? restoreBinaries(record.values, (reference) => {
            const bytes = reference.startsWith('documents/') ? contents.get(reference) : undefined;
            if (!bytes)
              throw new SyncError('document-missing', `${table} ${record.id} refers to ${reference}`);
            return bytes;
          })
        : record.values;
      const valid = schema.safeParse(values);
      if (!valid.success)
        throw new SyncError('record-invalid', describe(valid.error, `${table} ${record.id}`));
      if (valid.data.id !== record.id)
        throw new SyncError('record-invalid', `${table} ${record.id} id differs`);
      state.values = values as Record<string, unknown>;
    }
    if (!state.values && !state.deletedAt)
      throw new SyncError('record-invalid', `${table} ${record.id} is empty`);
    return state;
  });
}

/** In a full export every paper listed has its bytes with it. */
function checkDocumentsPresent(tables: Map<BundleTable, RecordState[]>): void {
  const contents = new Set(
    (tables.get('documentContents') ?? []).filter((state) => state.values).map((state) => state.id),
  );
  for (const document of tables.get('documents') ?? []) {
    if (document.values && !contents.has(document.id)) {
      throw new SyncError('document-missing', `"${String(document.values.name)}" has no content`);
    }
  }
}

type JsonCode = 'manifest-invalid' | 'record-invalid';

function decodeText(bytes: Uint8Array, code: JsonCode, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SyncError(code, `${path} is not readable JSON`);
  }
}

function parseJson(text: string, code: JsonCode, path: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SyncError(code, `${path} is not readable JSON`);
  }
}

function readJson(bytes: Uint8Array, code: JsonCode, path: string): unknown {
  return parseJson(decodeText(bytes, code, path), code, path);
}

function describe(error: z.ZodError, where: string): string {
  const issue = error.issues[0];
  if (!issue) return where;
  const path = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return `${where}${path}: ${issue.message}`;
}
