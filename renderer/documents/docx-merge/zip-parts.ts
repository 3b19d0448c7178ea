import {
  strFromU8,
  strToU8,
  unzipSync,
  Zip,
  ZipDeflate,
  ZipPassThrough,
  zipSync,
  type ZipInputFile,
  type Zippable,
} from 'fflate';
import type { CompressedPart } from './compressed-parts';
import { compressedEntries, keepCompressed } from './compressed-parts';

/** The parts of a .docx (a zip), by path inside the zip: "word/document.xml", "word/media/image1.png"... */
export type DocxParts = Map<string, Uint8Array>;

/**
 * Open a .docx into its parts, refusing anything that is not a Word document with a clear reason. The parts
 * `leaveCompressed` names are not inflated but kept as they lie in the zip (compressedPart), to be copied as they are.
 */
export function readDocxParts(
  bytes: Uint8Array,
  label: string,
  leaveCompressed?: (path: string) => boolean,
): DocxParts {
  let entries: Record<string, Uint8Array>;
  const compressed = leaveCompressed
    ? compressedEntries(bytes, leaveCompressed)
    : new Map<string, CompressedPart>();
  try {
    entries = unzipSync(bytes, { filter: (file) => !compressed.has(file.name) });
  } catch {
    throw new Error(
      `${label} is not a Word (.docx) file: it could not be opened as one. Save it as .docx and attach it again.`,
    );
  }
  if (!entries['word/document.xml']) {
    throw new Error(
      `${label} is not a Word (.docx) file: it has no document body. Save it as .docx and attach it again.`,
    );
  }
  const parts: DocxParts = new Map(Object.entries(entries));
  for (const [path, part] of compressed) keepCompressed(parts, path, part);
  return parts;
}

/** Pictures already compressed in their own format: deflating them again costs time and saves nothing. */
const compressedMedia = /\.(png|jpe?g|gif|tiff?|wdp|hdp)$/i;

export const isCompressedPicture = (path: string): boolean => compressedMedia.test(path);

/**
 * Zip the parts back into a .docx, content types first as Word expects. Pictures already compressed (PNG, JPEG,
 * GIF...) are stored as they are rather than deflated a second time.
 */
export function writeDocxParts(parts: DocxParts, level: 0 | 1 | 6 = 6): Uint8Array {
  const ordered: Zippable = {};
  const contentTypes = parts.get('[Content_Types].xml');
  if (contentTypes) ordered['[Content_Types].xml'] = contentTypes;
  for (const [path, bytes] of parts) {
    if (path === '[Content_Types].xml') continue;
    ordered[path] = compressedMedia.test(path) ? [bytes, { level: 0 }] : bytes;
  }
  return zipSync(ordered, { level });
}

/** How much of a part is compressed at a time when the zip reports its progress: about a tenth of a second. */
const progressSlice = 2 * 1024 * 1024;

/**
 * A part to zip: its bytes, or its text in pieces, encoded and compressed one piece at a time. The merged pack's
 * body is tens of megabytes of text: joined into one string and then encoded whole, it was held three times over.
 */
export type PartSource = Uint8Array | string[] | CompressedPart;

/**
 * writeDocxParts, saying as it goes how far it is (the share of the parts' bytes zipped, 0 to 1). Zipping a pack
 * of real reports is one of its longest steps; without this its progress bar sat full and unmoving through it.
 * The same zip as writeDocxParts: content types first, pictures stored, the rest deflated. It takes the parts
 * over: each leaves `parts` as it is zipped (a text part's pieces as each is encoded), so a part's memory can be
 * reclaimed while the rest is written rather than only after the whole file is.
 */
export function writeDocxPartsTelling(
  parts: Map<string, PartSource>,
  onProgress: (share: number) => void,
  level: 0 | 1 | 6 = 6,
): Uint8Array {
  const paths = [...parts.keys()].sort(
    (a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'),
  );
  const sizeOf = (source: PartSource): number =>
    source instanceof Uint8Array
      ? source.length
      : Array.isArray(source)
        ? source.reduce((sum, piece) => sum + piece.length, 0)
        : source.compressed.length;
  const total = [...parts.values()].reduce((sum, source) => sum + sizeOf(source), 0) || 1;
  const chunks: Uint8Array[] = [];
  const failures: Error[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) failures.push(error);
    else chunks.push(chunk);
  });
  let zipped = 0;
  let sinceReport = 0;
  for (const path of paths) {
    const source = parts.get(path) ?? new Uint8Array(0);
    parts.delete(path);
    if (!(source instanceof Uint8Array) && !Array.isArray(source)) {
      // Copied as it lies in the report's zip: the same compressed bytes, CRC and size.
      const copied: ZipInputFile = {
        filename: path,
        size: source.size,
        crc: source.crc,
        compression: source.method,
      };
      zip.add(copied);
      copied.ondata?.(null, source.compressed as Uint8Array<ArrayBuffer>, true);
      zipped += source.compressed.length;
      onProgress(Math.min(1, zipped / total));
      continue;
    }
    const file = compressedMedia.test(path) ? new ZipPassThrough(path) : new ZipDeflate(path, { level });
    zip.add(file);
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
        zipped += pending.length;
        sinceReport += pending.length;
        if (sinceReport >= progressSlice) {
          sinceReport = 0;
          onProgress(Math.min(1, zipped / total));
        }
      }
    }
    file.push(pending ?? new Uint8Array(0), true);
    onProgress(Math.min(1, zipped / total));
  }
  zip.end();
  if (failures[0]) throw failures[0];
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const [index, chunk] of chunks.entries()) {
    out.set(chunk, offset);
    offset += chunk.length;
    chunks[index] = empty;
  }
  return out;
}

const empty = new Uint8Array(0);

/**
 * Text parts kept as text while reports are merged into a pack: its styles, lists, links, notes and body are read
 * and changed once per report, and decoding and encoding them each time cost reports x the pack's size (a hundred
 * reports decoded and encoded a megabyte of agenda two hundred times). See holdText.
 */
const heldTexts = new WeakMap<DocxParts, Map<string, string>>();
const noBytes = new Uint8Array(0);

/** From now on partText and setPartText keep these parts' text as text, until settleText or releaseText. */
export function holdText(parts: DocxParts): void {
  heldTexts.set(parts, new Map());
}

/** Encode the held text back into the parts, which hold their bytes again. */
export function settleText(parts: DocxParts): void {
  for (const [path, text] of releaseText(parts)) parts.set(path, strToU8(text));
}

/** Stop holding the parts' text and hand it over: those parts' bytes in `parts` are stale (empty) until replaced. */
export function releaseText(parts: DocxParts): Map<string, string> {
  const held = heldTexts.get(parts) ?? new Map<string, string>();
  heldTexts.delete(parts);
  return held;
}

export function partText(parts: DocxParts, path: string): string | undefined {
  const held = heldTexts.get(parts);
  const kept = held?.get(path);
  if (kept !== undefined) return kept;
  const bytes = parts.get(path);
  if (!bytes) return undefined;
  const text = strFromU8(bytes);
  if (held) {
    held.set(path, text);
    parts.set(path, noBytes);
  }
  return text;
}

export function setPartText(parts: DocxParts, path: string, text: string): void {
  const held = heldTexts.get(parts);
  if (!held) return void parts.set(path, strToU8(text));
  held.set(path, text);
  parts.set(path, noBytes);
}
