import { AsyncZipDeflate, Zip, ZipDeflate, ZipPassThrough, type DeflateOptions } from 'fflate';
import { createSHA256, type IHasher } from 'hash-wasm';
import type { RecordState } from '../merge/types';
import { extractBinaries, tablesWithBinaries } from './binary-fields';
import { sha256Hex } from './checksum';
import { BlockCollector, joinParts, SinkQueue, type FileParts, type FileSink } from './file-parts';
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
  'appVersion' | 'deviceId' | 'deviceName' | 'scope' | 'since' | 'knowledge' | 'exportedAt' | 'conflicts'
>;

export type WrittenBundle = FileParts & { manifest: Manifest };

/**
 * A table's records while its pieces are still coming. A table's text is held until it ends or passes
 * `parallelFrom`, whichever is first. One that ends first (every table of a small council) is joined and
 * handed to the deflater and to WebCrypto's SHA-256 whole: fflate deflates text pushed in pieces in blocks of
 * about 8 KB, each with its own Huffman tables, a third slower than the same text pushed once (8 Dec), and
 * WebCrypto hashes beside the page. A table past `parallelFrom` is streamed from then on: each piece is hashed
 * and handed to the zip as it arrives, so the page holds a piece of text at a time, never a table's (twelve
 * years of minutes are over a hundred megabytes) twice over, as a whole-buffer hash needs.
 * A table that can hold binaries (papers, templates, settings) is held until it ends, whatever its size: its
 * documents go into the file as they arrive, and the zip streams one entry at a time and queues any other, so
 * documents added beside an open records entry would wait in that queue, 200 MB of them, until it closed. A
 * held table's text is small (ids and the paths of its documents).
 */
type OpenTable = {
  table: BundleTable;
  size: number;
  /** May the table be streamed once it is big: false for a table with binaries. */
  streams: boolean;
  /** Its text so far, while it is held. */
  held: Uint8Array[];
  /** Its entry, once streaming has started. */
  entry?: ZipDeflate | AsyncZipDeflate;
};

/**
 * A table's text held back before its entry is started, at most: a table that ends within it is deflated on
 * the page; a longer one on a worker. Each worker fflate starts costs tens of milliseconds (a small council's
 * twenty-odd tables on workers made its export three times slower than a raw zip of the same records, 7 Dec),
 * about what deflating a megabyte costs on the page; twelve years of minutes are a hundred megabytes, worth it.
 */
const defaultParallelFrom = 1024 * 1024;

export type BundleWriterOptions = {
  /**
   * Deflate records on a worker of fflate's own (a whole archive's export), so that a table is deflated
   * while the page reads and stringifies the next. Off where there are no workers (the unit tests) and for
   * small files, where starting one costs more than it saves.
   */
  parallel?: boolean;
  /**
   * Bytes of a table's text held before its entry starts (default a megabyte): a table that ends within them is
   * deflated knowing its size; with `parallel`, one that passes them goes to a worker.
   */
  parallelFrom?: number;
  /**
   * Write the file here as it is made instead of keeping it: a whole archive's file is over 200 MB, and the
   * page need not hold it. The maker then waits on `ready()` between pieces. Not closed by the writer.
   */
  sink?: FileSink;
};

const encoder = new TextEncoder();

const parallelFrom = (options: BundleWriterOptions) => options.parallelFrom ?? defaultParallelFrom;

type MemoryLevel = NonNullable<DeflateOptions['mem']>;

/**
 * How a table's text is deflated, given its size when its entry starts (the whole table's, or `parallelFrom`
 * and more). On fflate's worker only when that is worth starting one: a table under `parallelFrom` on the
 * page (papers' records are ids and paths, a few kilobytes for a small council; starting each worker cost
 * the renderer about 20 ms of CPU, 7 Dec). The deflater's hash table is sized to the text, as fflate sizes
 * it for text it is given whole: fflate's streaming deflate, not knowing the size, takes 2 MB for each
 * entry, zeroed and walked for a table of a few kilobytes (a small council's export spent 40% longer
 * deflating than a raw zip of the same records, 7 Dec).
 */
export function deflating(size: number, options: BundleWriterOptions): { worker: boolean; mem: MemoryLevel } {
  const bits = Math.ceil(Math.max(8, Math.min(13, Math.log(Math.max(size, 1)))) * 1.5);
  return {
    worker: Boolean(options.parallel) && size >= parallelFrom(options),
    mem: Math.min(12, Math.max(0, bits - 12)) as MemoryLevel,
  };
}

/**
 * Writes a .chamber file a piece of records at a time, so that making it holds the file and one table's text,
 * never a whole archive's records as well. Each table's records are one entry (records/<table>.json, laid out
 * as record-list.ts says), hashed and deflated as its pieces arrive (a table with documents, when it ends: see
 * OpenTable); documents are their own entries, stored as they arrive (Word and PDF files are already
 * compressed). The manifest, with every entry's SHA-256, comes last. The file is kept as blocks (file-parts.ts),
 * never joined into one buffer, or written to a sink as it is made.
 *
 * @example
 *   const writer = await BundleWriter.start({ ...who, scope: { kind: 'everything' }, since: null, knowledge });
 *   for await (const piece of pieces) writer.add(piece.table, piece.states);
 *   const { parts, size, manifest } = await writer.finish();
 */
export class BundleWriter {
  /** A writer with its SHA-256 ready (the hasher is WebAssembly, compiled once and started here). */
  static async start(header: BundleHeader, options: BundleWriterOptions = {}): Promise<BundleWriter> {
    return new BundleWriter(header, options, await createSHA256());
  }

  private readonly file: BlockCollector;
  private readonly queue: SinkQueue | undefined;
  private readonly done: Promise<void>;
  private readonly zip: Zip;
  private open: OpenTable | undefined;
  private readonly entries: Manifest['entries'] = {};
  private readonly recordCounts: Manifest['recordCounts'] = {};
  private readonly pending: Promise<void>[] = [];
  private documentCount = 0;

  private constructor(
    private readonly header: BundleHeader,
    private readonly options: BundleWriterOptions,
    /** Hashes the streamed table's text as it goes; one table is open at a time. */
    private readonly hasher: IHasher,
  ) {
    const queue = options.sink && new SinkQueue(options.sink);
    this.queue = queue;
    this.file = new BlockCollector(queue && ((part) => queue.push(part)));
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
    const binaries = tablesWithBinaries.has(table);
    if (this.open?.table !== table) {
      this.closeTable();
      if (this.recordCounts[table] !== undefined) throw new Error(`${table} was already written`);
      this.open = { table, size: 0, streams: !binaries, held: [] };
      this.write(this.open, recordListOpen.slice());
      this.recordCounts[table] = 0;
    } else this.write(this.open, recordListBetween.slice());
    this.write(
      this.open,
      recordLines(states, (state) => this.exported(state, binaries)),
    );
    this.recordCounts[table] = (this.recordCounts[table] ?? 0) + states.length;
  }

  /** Resolves when the sink (if any) has room for more; throws if writing to it failed. */
  async ready(): Promise<void> {
    await this.queue?.ready();
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
      // Read at the end: the export adds each conflict as the records it is on go by (sync/export.ts).
      ...(header.conflicts && { conflicts: header.conflicts }),
      recordCounts: this.recordCounts,
      entries: this.entries,
    };
    const text = encoder.encode(JSON.stringify(manifest, null, 1));
    const entry = new ZipDeflate(manifestEntry, { level: 6, mem: deflating(text.length, {}).mem });
    this.zip.add(entry);
    entry.push(text, true);
    this.zip.end();
    await this.done;
    const file = this.file.finish();
    await this.queue?.end();
    return { ...file, manifest };
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
   * Start the table's entry in the zip, knowing `size` bytes of its text: all of it, or enough to call it big
   * (see deflating).
   */
  private startEntry(table: BundleTable, size: number): ZipDeflate | AsyncZipDeflate {
    const path = recordsEntry(table);
    const { worker, mem } = deflating(size, this.options);
    const entry = worker
      ? new AsyncZipDeflate(path, { level: 6, mem })
      : new ZipDeflate(path, { level: 6, mem });
    this.zip.add(entry);
    return entry;
  }

  /**
   * Some of the open table's text. Held (see OpenTable) until the table ends or, for one that streams, passes
   * `parallelFrom`: its entry then starts, its held text goes first, and each later piece is hashed and handed
   * to the zip at once; a whole archive's big tables are then deflated on fflate's worker while the page reads
   * the next piece.
   */
  private write(open: OpenTable, bytes: Uint8Array): void {
    open.size += bytes.length;
    if (open.entry) return this.pass(open.entry, bytes, false);
    open.held.push(bytes);
    if (!open.streams || open.size < parallelFrom(this.options)) return;
    const entry = this.startEntry(open.table, open.size);
    open.entry = entry;
    this.hasher.init();
    open.held.forEach((held) => this.pass(entry, held, false));
    open.held.length = 0;
  }

  /**
   * Hashed first: fflate's worker takes the buffer away (it is transferred, so the shared brackets and commas
   * of record-list.ts are passed as copies).
   */
  private pass(entry: ZipDeflate | AsyncZipDeflate, bytes: Uint8Array, last: boolean): void {
    this.hasher.update(bytes);
    entry.push(bytes, last);
  }

  private closeTable(): void {
    const open = this.open;
    if (!open) return;
    this.open = undefined;
    const path = recordsEntry(open.table);
    const close = recordListClose.slice();
    if (open.entry) {
      open.size += close.length;
      this.pass(open.entry, close, true);
      this.entries[path] = { sha256: this.hasher.digest('hex'), size: open.size };
      return;
    }
    // Held to its end (for a table with binaries, its documents are in the file now): one buffer, one push.
    const text = joinParts({ parts: [...open.held, close], size: open.size + close.length });
    this.startEntry(open.table, text.length).push(text, true);
    // WebCrypto copies the text as it is called, so the deflater may go on with it.
    this.pending.push(
      sha256Hex(text).then((sha256) => void (this.entries[path] = { sha256, size: text.length })),
    );
  }
}
