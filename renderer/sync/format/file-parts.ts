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

/** One megabyte: few enough blocks to hand to a worker or a writer cheaply, small enough to waste nothing. */
const blockBytes = 1024 * 1024;

/**
 * Gathers the many small chunks a zip writer emits (a header, a paper, a few kilobytes of deflated text) into
 * blocks of a megabyte, so that a file of twenty thousand papers is two hundred blocks, not sixty thousand
 * scraps each holding on to the array it came from.
 */
export class BlockCollector {
  private readonly parts: Uint8Array[] = [];
  private block = new Uint8Array(blockBytes);
  private used = 0;
  private size = 0;

  push(chunk: Uint8Array): void {
    let from = 0;
    while (from < chunk.length) {
      const taken = Math.min(chunk.length - from, blockBytes - this.used);
      this.block.set(chunk.subarray(from, from + taken), this.used);
      this.used += taken;
      from += taken;
      if (this.used === blockBytes) {
        this.parts.push(this.block);
        this.block = new Uint8Array(blockBytes);
        this.used = 0;
      }
    }
    this.size += chunk.length;
  }

  finish(): FileParts {
    if (this.used > 0) this.parts.push(this.block.slice(0, this.used));
    this.block = new Uint8Array(0);
    this.used = 0;
    return { parts: this.parts, size: this.size };
  }
}

/** The whole file as one buffer: where one is needed (encrypting it, a download), at the cost of a copy. */
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
