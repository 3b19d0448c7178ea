/**
 * A file made a piece at a time and kept as blocks: a whole archive's export is over 200 MB, and joining its
 * pieces into one buffer at the end would hold it twice. The blocks go to disk one after another (the desktop
 * writes a big file in pieces anyway), so the file is never one buffer on the page.
 */
export type FileParts = {
  /** The file's bytes, in order. */
  parts: Uint8Array[];
  /** Their total length in bytes. */
  size: number;
};

/**
 * Where a file goes as it is made, when it should not be held on the page whole: the desktop's chosen file,
 * written a piece at a time. Its parts arrive in order; then it is closed (the file is complete and put in
 * place) or, if making it failed, abandoned (nothing is left behind, and nothing already there is touched).
 */
export type FileSink = {
  /** The next bytes of the file. The buffer is the sink's to keep: the writer never reuses it. */
  write(part: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abandon(): Promise<void>;
};

/** A sink that keeps what is written to it on the page, as blocks: for a file held rather than saved. */
export class KeptFile implements FileSink {
  readonly parts: Uint8Array[] = [];
  size = 0;

  write(part: Uint8Array): Promise<void> {
    this.parts.push(part);
    this.size += part.length;
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  abandon(): Promise<void> {
    this.parts.length = 0;
    this.size = 0;
    return Promise.resolve();
  }
}

/** One megabyte: few enough blocks to hand to a worker or a writer cheaply, small enough to waste nothing. */
const blockBytes = 1024 * 1024;

/** A chunk at least this long that is the whole of its buffer is kept as it is, not copied. */
const keptWhole = 4096;

/**
 * Gathers the many small chunks a zip writer emits (headers, a few kilobytes of deflated text) into blocks of a
 * megabyte, rather than keep thousands of scraps each holding on to the array it came from. A paper stays the
 * part it is.
 */
export class BlockCollector {
  private readonly parts: Uint8Array[] = [];
  /** Where each finished part goes: kept here for `finish`, unless the file is being written out as it is made. */
  private readonly emit: (part: Uint8Array) => void;
  private block = new Uint8Array(blockBytes);
  private used = 0;
  private size = 0;

  constructor(emit?: (part: Uint8Array) => void) {
    this.emit = emit ?? ((part) => void this.parts.push(part));
  }

  push(chunk: Uint8Array): void {
    // A paper, as IndexedDB gave it, is kept as its own part: copied into a block, the original would be
    // garbage the size of all the papers, held until the collector next runs.
    if (chunk.length >= keptWhole && chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength) {
      this.flush();
      this.emit(chunk);
      this.size += chunk.length;
      return;
    }
    let from = 0;
    while (from < chunk.length) {
      const taken = Math.min(chunk.length - from, blockBytes - this.used);
      this.block.set(chunk.subarray(from, from + taken), this.used);
      this.used += taken;
      from += taken;
      if (this.used === blockBytes) {
        this.emit(this.block);
        this.block = new Uint8Array(blockBytes);
        this.used = 0;
      }
    }
    this.size += chunk.length;
  }

  /** The file's size, and its parts unless they were emitted elsewhere as they were made. */
  finish(): FileParts {
    this.flush();
    this.block = new Uint8Array(0);
    return { parts: this.parts, size: this.size };
  }

  /** The block so far as a part of its own; the block is then filled afresh. */
  private flush(): void {
    if (this.used > 0) this.emit(this.block.slice(0, this.used));
    this.used = 0;
  }
}

/** The whole file as one buffer: where one is needed (a download, a test), at the cost of a copy. */
export function joinParts(file: FileParts): Uint8Array {
  if (file.parts.length === 1 && file.parts[0]?.length === file.size) return file.parts[0];
  const bytes = new Uint8Array(file.size);
  let at = 0;
  for (const part of file.parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/**
 * Parts on their way to a sink, written one after another. The maker pushes parts as they come and waits on
 * `ready` between pieces of work, so no more than about `limit` bytes are ever waiting on the page however
 * slow the disk is. A write that fails fails `ready` and `end`; nothing more is written after it.
 */
export class SinkQueue {
  private writing: Promise<void> = Promise.resolve();
  private waiting = 0;
  /** Wakes a maker waiting in `ready` each time a part is written. */
  private wake: (() => void) | undefined;

  constructor(
    private readonly sink: FileSink,
    private readonly limit = 16 * 1024 * 1024,
  ) {}

  push(part: Uint8Array): void {
    this.waiting += part.length;
    this.writing = this.writing.then(async () => {
      await this.sink.write(part);
      this.waiting -= part.length;
      this.wake?.();
    });
    // A failure is thrown by ready() or end(); until then it must not count as unheard.
    this.writing.catch(() => undefined);
  }

  /**
   * Resolves as soon as few enough bytes wait to take more (not once all are written: the disk then never
   * waits for the maker); throws if a write has failed.
   */
  async ready(): Promise<void> {
    while (this.waiting > this.limit) {
      const written = new Promise<void>((resolve) => (this.wake = resolve));
      await Promise.race([this.writing, written]);
    }
    this.wake = undefined;
  }

  /** Every part pushed so far written. */
  end(): Promise<void> {
    return this.writing;
  }
}
