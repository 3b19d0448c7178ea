import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { CompressedPart } from './compressed-parts';
import { compressedEntries, keepCompressed } from './compressed-parts';
import type { PartSource } from './zip-writer';
import { DocxZipWriter, isCompressedPicture, partSize } from './zip-writer';

export type { PartSource } from './zip-writer';
export { isCompressedPicture } from './zip-writer';

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
    ordered[path] = isCompressedPicture(path) ? [bytes, { level: 0 }] : bytes;
  }
  return zipSync(ordered, { level });
}

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
  writer = new DocxZipWriter(level),
): Uint8Array {
  const paths = [...parts.keys()].sort(
    (a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'),
  );
  const total = [...parts.values()].reduce((sum, source) => sum + partSize(source), 0) || 1;
  let zipped = 0;
  let sinceReport = 0;
  for (const path of paths) {
    const source = parts.get(path) ?? new Uint8Array(0);
    parts.delete(path);
    writer.add(path, source, (count) => {
      zipped += count;
      sinceReport += count;
      if (sinceReport < progressSlice) return;
      sinceReport = 0;
      onProgress(Math.min(1, zipped / total));
    });
    onProgress(Math.min(1, zipped / total));
  }
  return writer.finish();
}

/** How often, in bytes zipped, a large part's progress is told. */
const progressSlice = 2 * 1024 * 1024;

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
