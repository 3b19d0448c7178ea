import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** The parts of a .docx (a zip), by path inside the zip: "word/document.xml", "word/media/image1.png"... */
export type DocxParts = Map<string, Uint8Array>;

/** Open a .docx into its parts, refusing anything that is not a Word document with a clear reason. */
export function readDocxParts(bytes: Uint8Array, label: string): DocxParts {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
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
  return new Map(Object.entries(entries));
}

/** Pictures already compressed in their own format: deflating them again costs time and saves nothing. */
const compressedMedia = /\.(png|jpe?g|gif|tiff?|wdp|hdp)$/i;

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

export function partText(parts: DocxParts, path: string): string | undefined {
  const bytes = parts.get(path);
  return bytes ? strFromU8(bytes) : undefined;
}

export function setPartText(parts: DocxParts, path: string, text: string): void {
  parts.set(path, strToU8(text));
}
