import { strToU8, Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from 'fflate';
import type { CompressedPart } from './compressed-parts';

/** Pictures already compressed in their own format: deflating them again costs time and saves nothing. */
const compressedMedia = /\.(png|jpe?g|gif|tiff?|wdp|hdp)$/i;

export const isCompressedPicture = (path: string): boolean => compressedMedia.test(path);

/** How much of a part is compressed at a time when the zip reports its progress: about a tenth of a second. */
const progressSlice = 2 * 1024 * 1024;

/**
 * A part to zip: its bytes, or its text in pieces, encoded and compressed one piece at a time. The merged pack's
 * body is tens of megabytes of text: joined into one string and then encoded whole, it was held three times over.
 */
export type PartSource = Uint8Array | string[] | CompressedPart;

/** A text part being written a piece at a time (write), then closed (end). */
export type OpenPart = { write: (text: string) => void; end: () => void };

const empty = new Uint8Array(0);

/**
 * A .docx zipped as its parts become ready: pictures stored, the rest deflated at `level`. Parts lie in the file in
 * the order they were started, whatever order their bytes arrive in (a part started early and written last, such
 * as the content types, holds the later parts' compressed bytes back until it ends). Nothing is written until
 * `finish`, which hands back the whole file.
 */
export class DocxZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly failures: Error[] = [];
  private readonly zip = new Zip((error, chunk) => {
    if (error) this.failures.push(error);
    else this.chunks.push(chunk);
  });

  constructor(private readonly level: 0 | 1 | 6 = 6) {}

  /** Start a deflated text part whose text comes later, a piece at a time; each piece is let go once written. */
  open(path: string, onBytes: (count: number) => void = () => {}): OpenPart {
    const file = new ZipDeflate(path, { level: this.level });
    this.zip.add(file);
    return {
      write: (text) => {
        const bytes = strToU8(text);
        file.push(bytes);
        onBytes(bytes.length);
      },
      end: () => file.push(empty, true),
    };
  }

  /**
   * Zip a whole part now, its bytes counted to `onBytes` as they go through (a large part in slices, so that the
   * progress moves through it). A text part's pieces are let go as each is encoded.
   */
  add(path: string, source: PartSource, onBytes: (count: number) => void = () => {}): void {
    if (!(source instanceof Uint8Array) && !Array.isArray(source)) {
      // Copied as it lies in the report's zip: the same compressed bytes, CRC and size.
      const copied: ZipInputFile = {
        filename: path,
        size: source.size,
        crc: source.crc,
        compression: source.method,
      };
      this.zip.add(copied);
      copied.ondata?.(null, source.compressed as Uint8Array<ArrayBuffer>, true);
      onBytes(source.compressed.length);
      return;
    }
    const file = compressedMedia.test(path)
      ? new ZipPassThrough(path)
      : new ZipDeflate(path, { level: this.level });
    this.zip.add(file);
    const pieces = source instanceof Uint8Array ? [source] : source;
    let pending: Uint8Array | undefined;
    for (let index = 0; index < pieces.length; index += 1) {
      const piece = pieces[index] ?? '';
      const bytes = typeof piece === 'string' ? strToU8(piece) : piece;
      if (typeof piece === 'string') pieces[index] = '';
      // One slice is held back, so that the last can be pushed as the end of the part.
      for (let at = 0; at < bytes.length; at += progressSlice) {
        if (pending) file.push(pending);
        pending = bytes.subarray(at, Math.min(bytes.length, at + progressSlice));
        onBytes(pending.length);
      }
    }
    file.push(pending ?? empty, true);
  }

  /** End the zip and hand back the whole file. */
  finish(): Uint8Array {
    this.zip.end();
    if (this.failures[0]) throw this.failures[0];
    const out = new Uint8Array(this.chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    let offset = 0;
    for (const [index, chunk] of this.chunks.entries()) {
      out.set(chunk, offset);
      offset += chunk.length;
      this.chunks[index] = empty;
    }
    return out;
  }
}

/** The bytes a part will zip from, for a share of the whole. */
export function partSize(source: PartSource): number {
  return source instanceof Uint8Array
    ? source.length
    : Array.isArray(source)
      ? source.reduce((sum, piece) => sum + piece.length, 0)
      : source.compressed.length;
}
