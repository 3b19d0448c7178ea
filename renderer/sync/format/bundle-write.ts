import { AsyncZipDeflate, Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';
import type { RecordState } from '../merge/types';
import { extractBinaries, tablesWithBinaries } from './binary-fields';
import { sha256Hex } from './checksum';
import { encryptBytes, payloadEntry, wrapperEntry } from './encryption';
import { BlockCollector, joinParts, type FileParts } from './file-parts';
import {
  bundleFormat,
  bundleFormatVersion,
  manifestEntry,
  recordsEntry,
  type BundleTable,
  type ExportedRecord,
  type Manifest,
} from './manifest';
import { recordLines, recordListBetween, recordListClose, recordListOpen } from './record-list';

/** Who made a file and what it covers: the manifest, less what the writer counts itself. */
export type BundleHeader = Pick<
  Manifest,
  'appVersion' | 'deviceId' | 'deviceName' | 'scope' | 'since' | 'knowledge' | 'exportedAt'
>;

export type WrittenBundle = FileParts & { manifest: Manifest };

/**
 * A table's records while its pieces are still coming: their text is kept until the table ends, then hashed
 * and deflated as one entry. WebCrypto hashes a whole buffer only (natively, several times faster than
 * hashing in JavaScript piece by piece), and one table's records are tens of megabytes at most. Kept back
 * from the zip, they also let the table's documents go into the file as they arrive: the zip streams one
 * entry at a time and queues any other, so documents added beside an open records entry would wait in that
 * queue, 200 MB of them, until it closed.
 */
type OpenTable = { table: BundleTable; size: number; held: Uint8Array[] };

function keep(open: OpenTable, bytes: Uint8Array): void {
  open.size += bytes.length;
  open.held.push(bytes);
}

export type BundleWriterOptions = {
  /**
   * Deflate records on a worker of fflate's own (a whole archive's export), so that a table is deflated
   * while the page reads and stringifies the next. Off where there are no workers (the unit tests) and for
   * small files, where starting one costs more than it saves.
   */
  parallel?: boolean;
};

const encoder = new TextEncoder();

/**
 * Writes a .chamber file a piece of records at a time, so that making it holds the file and one table's text,
 * never a whole archive's records as well. Each table's records are one entry (records/<table>.json, laid out
 * as record-list.ts says), hashed and deflated when the table ends; documents are their own entries, stored as
 * they arrive (Word and PDF files are already compressed). The manifest, with every entry's SHA-256, comes
 * last. The file is kept as blocks (file-parts.ts), never joined into one buffer.
 *
 * @example
 *   const writer = new BundleWriter({ ...who, scope: { kind: 'everything' }, since: null, knowledge });
 *   for await (const piece of pieces) writer.add(piece.table, piece.states);
 *   const { parts, size, manifest } = await writer.finish();
 */
export class BundleWriter {
  private readonly file = new BlockCollector();
  private readonly done: Promise<void>;
  private readonly zip: Zip;
  private open: OpenTable | undefined;
  private readonly entries: Manifest['entries'] = {};
  private readonly recordCounts: Manifest['recordCounts'] = {};
  private readonly pending: Promise<void>[] = [];
  private documentCount = 0;

  constructor(
    private readonly header: BundleHeader,
    private readonly options: BundleWriterOptions = {},
  ) {
    let zip: Zip | undefined;
    this.done = new Promise<void>((resolve, reject) => {
      zip = new Zip((error, chunk, final) => {
        if (error) reject(error);
        else {
          this.file.push(chunk);
          if (final) resolve();
        }
      });
    });
    this.zip = zip as Zip;
    // A failure is thrown by finish(); until then it must not count as unheard.
    this.done.catch(() => undefined);
  }

  /** Add a piece of one table's records. A table's pieces come one after another, and a table only once. */
  add(table: BundleTable, states: RecordState[]): void {
    if (states.length === 0) return;
    if (this.open?.table !== table) {
      this.closeTable();
      if (this.recordCounts[table] !== undefined) throw new Error(`${table} was already written`);
      this.open = { table, size: 0, held: [] };
      keep(this.open, recordListOpen);
      this.recordCounts[table] = 0;
    } else keep(this.open, recordListBetween);
    const binaries = tablesWithBinaries.has(table);
    keep(
      this.open,
      recordLines(states, (state) => this.exported(state, binaries)),
    );
    this.recordCounts[table] = (this.recordCounts[table] ?? 0) + states.length;
  }

  /** End the file: the manifest last, once every entry's checksum is known. */
  async finish(): Promise<WrittenBundle> {
    this.closeTable();
    await Promise.all(this.pending);
    const { header } = this;
    const manifest: Manifest = {
      format: bundleFormat,
      formatVersion: bundleFormatVersion,
      appVersion: header.appVersion,
      deviceId: header.deviceId,
      deviceName: header.deviceName,
      exportedAt: header.exportedAt,
      scope: header.scope,
      since: header.since,
      knowledge: header.knowledge,
      recordCounts: this.recordCounts,
      entries: this.entries,
    };
    const entry = new ZipDeflate(manifestEntry, { level: 6 });
    this.zip.add(entry);
    entry.push(encoder.encode(JSON.stringify(manifest, null, 1)), true);
    this.zip.end();
    await this.done;
    return { ...this.file.finish(), manifest };
  }

  private exported(state: RecordState, binaries: boolean): ExportedRecord {
    const record: ExportedRecord = { id: state.id, stamps: state.stamps };
    if (state.deletedAt) record.deletedAt = state.deletedAt;
    else if (state.values && !binaries) record.values = state.values;
    else if (state.values)
      record.values = extractBinaries(state.values, (bytes) => this.addDocument(bytes)) as Record<
        string,
        unknown
      >;
    return record;
  }

  /** A document's bytes as their own stored entry; returns the path the record names it by. */
  private addDocument(bytes: Uint8Array): string {
    const path = `documents/${String((this.documentCount += 1)).padStart(6, '0')}`;
    const entry = new ZipPassThrough(path);
    this.zip.add(entry);
    entry.push(bytes, true);
    this.pending.push(
      sha256Hex(bytes).then((sha256) => void (this.entries[path] = { sha256, size: bytes.length })),
    );
    return path;
  }

  /**
   * The table's text as one buffer, hashed and then deflated. WebCrypto copies what it is given before it
   * answers, so the buffer can go to the deflating worker straight after, without a copy of its own.
   */
  private closeTable(): void {
    const open = this.open;
    if (!open) return;
    this.open = undefined;
    keep(open, recordListClose);
    const text = joinParts({ parts: open.held, size: open.size });
    open.held.length = 0;
    const path = recordsEntry(open.table);
    const size = text.length;
    this.pending.push(sha256Hex(text).then((sha256) => void (this.entries[path] = { sha256, size })));
    const entry = this.options.parallel
      ? new AsyncZipDeflate(path, { level: 6 })
      : new ZipDeflate(path, { level: 6 });
    this.zip.add(entry);
    entry.push(text, true);
  }
}

/** Wrap a finished file in passphrase encryption (see encryption.ts). The file is joined into one buffer for it. */
export async function encryptBundle(
  file: FileParts,
  passphrase: string,
  iterations?: number,
): Promise<FileParts> {
  const { wrapper, payload } = await encryptBytes(joinParts(file), passphrase, iterations);
  const bytes = zipSync({
    [wrapperEntry]: [encoder.encode(JSON.stringify(wrapper, null, 1)), { level: 6 }],
    [payloadEntry]: [payload, { level: 0 }],
  });
  return { parts: [bytes], size: bytes.length };
}
