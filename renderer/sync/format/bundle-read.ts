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
import { paperProblem, UnpackedParts, type PaperFormat } from './paper-check';
import { LinkCheck, type OpenLink } from './references';
import {
  checkPapersMatchRecords,
  checkTemplatesUsable,
  type CarriedTemplate,
  type PaperRecord,
} from './stored-bytes-check';
import { checkTable, describe, keptRecordBytes, type BundleBytes } from './table-read';
import type { RecordState } from '../merge/types';
import { readZipDirectory, readZipEntry, viewZipEntry, type ZipEntry } from './zip-reader';

/**
 * A file that passed every check: nothing in it has been written anywhere yet, and nothing of it is held but
 * its bytes and what the import needs to know of its papers. Tables are read from the bytes again, one at a
 * time, as they are written (table-read.ts), so the import never holds the whole file parsed.
 */
export type CheckedBundle = BundleBytes & {
  encrypted: boolean;
  papers: CheckedPapers;
  /** Links the file's records make to records it does not carry: the laptop must hold them (links-held.ts). */
  openLinks: OpenLink[];
};

/** The papers a file names (id and name) and those whose bytes it carries. */
export type CheckedPapers = { named: Map<string, string>; withBytes: Set<string> };

export type ReadOptions = {
  passphrase?: string;
  limits?: ImportLimits;
  /** Record text up to which the checked records are kept parsed for the merge (default keptRecordBytes). */
  keepCheckedUpTo?: number;
};

/**
 * Open a .chamber file and check everything before anyone writes anything: a zip, a well-formed manifest of
 * a known version, every entry present, listed and matching its checksum and size, every record valid for its
 * table, every document a record refers to present. Throws a SyncError naming the first problem found.
 * Entries are unpacked one table (or a few papers) at a time and let go once checked.
 */
export async function readBundle(bytes: Uint8Array, options: ReadOptions = {}): Promise<CheckedBundle> {
  const limits = options.limits ?? defaultImportLimits;
  const directory = readZipDirectory(bytes, limits);
  const byName = new Map(directory.map((entry) => [entry.name, entry]));
  const wrapper = byName.get(wrapperEntry);
  if (!wrapper) return { ...(await checkPlain(bytes, byName, options)), encrypted: false };
  const parsed = wrapperSchema.safeParse(
    readJson(readZipEntry(bytes, wrapper), 'manifest-invalid', wrapperEntry),
  );
  if (!parsed.success) throw new SyncError('manifest-invalid', describe(parsed.error, wrapperEntry));
  const payload = byName.get(payloadEntry);
  if (!payload || directory.length !== 2) throw new SyncError('missing-entry', payloadEntry);
  const inner = await decryptBytes(parsed.data, viewZipEntry(bytes, payload), options.passphrase);
  const innerDirectory = readZipDirectory(inner, limits);
  if (innerDirectory.some((entry) => entry.name === wrapperEntry))
    throw new SyncError('manifest-invalid', 'nested');
  const innerByName = new Map(innerDirectory.map((entry) => [entry.name, entry]));
  return { ...(await checkPlain(inner, innerByName, options)), encrypted: true };
}

async function checkPlain(
  bytes: Uint8Array,
  entries: Map<string, ZipEntry>,
  options: ReadOptions,
): Promise<Omit<CheckedBundle, 'encrypted'>> {
  const limits = options.limits ?? defaultImportLimits;
  const manifest = readManifest(bytes, entries);
  await checkEntries(bytes, entries, manifest, limits);
  const file = { manifest, bytes, entries };
  const papers: CheckedPapers = { named: new Map(), withBytes: new Set() };
  const formats = new Map<string, PaperFormat>();
  const paperEntries = new Map<string, string>();
  const paperRecords = new Map<string, PaperRecord>();
  const templates: CarriedTemplate[] = [];
  const tableEntries = new Set<string>();
  const links = new LinkCheck(manifest.scope);
  const recordBytes = Object.entries(manifest.entries)
    .filter(([path]) => path.startsWith('records/'))
    .reduce((sum, [, entry]) => sum + entry.size, 0);
  const checked =
    recordBytes <= (options.keepCheckedUpTo ?? keptRecordBytes)
      ? new Map<BundleTable, RecordState[][]>()
      : undefined;
  for (const table of bundleTables) {
    const path = recordsEntry(table);
    tableEntries.add(path);
    if (!entries.has(path)) {
      if (manifest.recordCounts[table]) throw new SyncError('missing-entry', path);
      continue;
    }
    const pieces: RecordState[][] | undefined = checked && [];
    if (pieces) checked?.set(table, pieces);
    await checkTable(
      file,
      table,
      (state) => {
        links.see(state);
        const { id, values } = state;
        if (table === 'documents' && values) {
          papers.named.set(id, String(values.name));
          formats.set(id, values.format as PaperFormat);
          const { name, sizeBytes, sha256 } = values as PaperRecord;
          paperRecords.set(id, { name, sizeBytes, sha256 });
        }
        if (table === 'templates' && values) {
          const reference = binaryEntry(values.bytes);
          if (reference)
            templates.push({
              kind: values.kind as CarriedTemplate['kind'],
              name: String(values.name),
              entry: reference,
            });
        }
        if (table === 'documentContents' && values) {
          papers.withBytes.add(id);
          const reference = binaryEntry(values.bytes);
          if (reference) paperEntries.set(id, reference);
        }
      },
      pieces,
    );
  }
  for (const path of entries.keys()) {
    if (path.startsWith('records/') && !tableEntries.has(path))
      throw new SyncError('record-invalid', `${path} is not a table Chamber knows`);
  }
  if (manifest.since === null) checkPapersPresent(papers);
  checkPapersReadable(file, papers, formats, paperEntries);
  checkPapersMatchRecords(manifest, paperRecords, paperEntries);
  checkTemplatesUsable(bytes, entries, templates);
  return { ...file, papers, openLinks: links.open(), ...(checked && { checked }) };
}

/** Checked records refer to their bytes by entry (binary-fields.ts); checkTable made sure it is there. */
function binaryEntry(value: unknown): string | undefined {
  const reference = (value as { $binary?: unknown } | undefined)?.$binary;
  return typeof reference === 'string' ? reference : undefined;
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

/** Papers' bytes checked at once, at most: enough to keep WebCrypto busy, little enough to hold. */
const checkingBytes = 32 * 1024 * 1024;

/** Every entry listed, present, of its listed size, matching its checksum; nothing unlisted. */
async function checkEntries(
  bytes: Uint8Array,
  byName: Map<string, ZipEntry>,
  manifest: Manifest,
  limits: ImportLimits,
): Promise<void> {
  const listed = Object.entries(manifest.entries);
  if (listed.length > limits.maxEntries) throw new SyncError('too-many-entries', `${listed.length} listed`);
  for (const name of byName.keys()) {
    if (name !== manifestEntry && !(name in manifest.entries)) throw new SyncError('unlisted-entry', name);
  }
  for (const [path, expected] of listed) {
    const entry = byName.get(path);
    if (!entry) throw new SyncError('missing-entry', path);
    if (entry.size !== expected.size) throw new SyncError('checksum-mismatch', `${path} size`);
  }
  // Checksums a few at a time: WebCrypto works off the main thread, so thousands of small papers overlap.
  // A paper stored as it is is checked in place (no copy); a deflated entry is unpacked, checked, let go.
  const checks = new Set<Promise<void>>();
  let inFlight = 0;
  let failed: Error | undefined;
  for (const [path, expected] of listed) {
    // A table's records are checked with its records (checkTable), so they are unpacked once, not twice.
    if (path.startsWith('records/')) continue;
    const unpacked = viewZipEntry(bytes, byName.get(path) as ZipEntry);
    inFlight += unpacked.length;
    const check: Promise<void> = sha256Hex(unpacked).then(
      (sha256) => {
        if (sha256 !== expected.sha256) failed ??= new SyncError('checksum-mismatch', path);
      },
      (error: unknown) => {
        failed ??= error instanceof Error ? error : new Error(String(error));
      },
    );
    const settled = check.then(() => {
      checks.delete(settled);
      inFlight -= unpacked.length;
    });
    checks.add(settled);
    while (checks.size >= 32 || (inFlight >= checkingBytes && checks.size > 0)) await Promise.race(checks);
    if (failed) throw failed;
  }
  await Promise.all(checks);
  if (failed) throw failed;
}

/**
 * Every paper's bytes open as the Word document or PDF its record says it is, checked before anything is
 * written; the first that does not is named. A paper's own record may be left out of a file of changes (only
 * its bytes changed): it is then named by its id.
 */
function checkPapersReadable(
  file: BundleBytes,
  papers: CheckedPapers,
  formats: Map<string, PaperFormat>,
  paperEntries: Map<string, string>,
): void {
  const unpacked = new UnpackedParts();
  for (const [id, reference] of paperEntries) {
    const problem = paperProblem(
      viewZipEntry(file.bytes, file.entries.get(reference) as ZipEntry),
      formats.get(id),
      unpacked,
    );
    if (problem)
      throw new SyncError('paper-unreadable', `“${papers.named.get(id) ?? `paper ${id}`}”: ${problem}`);
  }
}

/** In a full export every paper listed has its bytes with it. */
function checkPapersPresent(papers: CheckedPapers): void {
  for (const [id, name] of papers.named) {
    if (!papers.withBytes.has(id)) throw new SyncError('document-missing', `"${name}" has no content`);
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
