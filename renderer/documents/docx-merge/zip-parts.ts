import {
  strFromU8,
  strToU8,
  unzipSync,
  Zip,
  ZipDeflate,
  ZipPassThrough,
  zipSync,
  type Zippable,
} from 'fflate';

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

/** How much of a part is compressed at a time when the zip reports its progress: about a tenth of a second. */
const progressSlice = 2 * 1024 * 1024;

/**
 * writeDocxParts, saying as it goes how far it is (the share of the parts' bytes zipped, 0 to 1). Zipping a pack
 * of real reports is one of its longest steps; without this its progress bar sat full and unmoving through it.
 * The same zip as writeDocxParts: content types first, pictures stored, the rest deflated.
 */
export function writeDocxPartsTelling(
  parts: DocxParts,
  onProgress: (share: number) => void,
  level: 0 | 1 | 6 = 6,
): Uint8Array {
  const ordered = [...parts].sort(
    ([a], [b]) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'),
  );
  const total = ordered.reduce((sum, [, bytes]) => sum + bytes.length, 0) || 1;
  const chunks: Uint8Array[] = [];
  const failures: Error[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) failures.push(error);
    else chunks.push(chunk);
  });
  let zipped = 0;
  for (const [path, bytes] of ordered) {
    const file = compressedMedia.test(path) ? new ZipPassThrough(path) : new ZipDeflate(path, { level });
    zip.add(file);
    if (bytes.length === 0) file.push(bytes, true);
    for (let at = 0; at < bytes.length; at += progressSlice) {
      const end = Math.min(bytes.length, at + progressSlice);
      file.push(bytes.subarray(at, end), end === bytes.length);
      zipped += end - at;
      onProgress(zipped / total);
    }
  }
  zip.end();
  if (failures[0]) throw failures[0];
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export function partText(parts: DocxParts, path: string): string | undefined {
  const bytes = parts.get(path);
  return bytes ? strFromU8(bytes) : undefined;
}

export function setPartText(parts: DocxParts, path: string, text: string): void {
  parts.set(path, strToU8(text));
}
