import { largestDocumentBytes } from '../../db/repositories/documents';
import { SyncError } from './errors';
import type { ImportLimits } from './limits';
import { packedBytes, readZipDirectory, viewZipEntry, type ZipEntry } from './zip-reader';

const megabytes = 1024 * 1024;

/**
 * A paper is a report with its appendices: papers are attached up to 256 MB, and a real Word document unpacks
 * to a few times its size. A "paper" past these limits is a zip bomb, refused before it is unpacked.
 */
const paperLimits: ImportLimits = {
  maxFileBytes: 256 * megabytes,
  maxEntries: 10_000,
  maxEntryBytes: 256 * megabytes,
  maxTotalBytes: 512 * megabytes,
  maxCompressionRatio: 200,
};

export type PaperFormat = 'docx' | 'pdf';

/**
 * Why a paper's bytes could not be opened as the Word document or PDF it is, in the clerk's words; undefined
 * when they can. Chamber opens every paper again to build the agenda packs, so bytes that are not one (random
 * bytes, a zip bomb) made the private pack fail long after the import that let them in.
 *
 * @example paperProblem(bytes, 'docx') // 'it is not a Word document: it has no document body'
 */
export function paperProblem(
  bytes: Uint8Array,
  format?: PaperFormat,
  unpacked?: UnpackedParts,
): string | undefined {
  // The papers screen attaches nothing larger (db/repositories/documents.ts): neither does an import.
  if (bytes.length > largestDocumentBytes)
    return `it is larger than ${largestDocumentBytes / (1024 * 1024)} MB, more than Chamber attaches`;
  const found = startsWith(bytes, '%PDF-') ? 'pdf' : startsWith(bytes, 'PK\u0003\u0004') ? 'docx' : undefined;
  if (!found) return 'it is neither a Word document (.docx) nor a PDF';
  if (format && found !== format)
    return `it is listed as a ${formatWords[format]} but is a ${formatWords[found]}`;
  return found === 'pdf' ? pdfProblem(bytes) : docxProblem(bytes, unpacked);
}

const formatWords: Record<PaperFormat, string> = { docx: 'Word document', pdf: 'PDF' };

function startsWith(bytes: Uint8Array, text: string): boolean {
  return [...text].every((character, at) => bytes[at] === character.charCodeAt(0));
}

/** A PDF ends with "%%EOF" (a few bytes of line ends may follow): without it the file was cut short. */
function pdfProblem(bytes: Uint8Array): string | undefined {
  const tail = String.fromCharCode(...bytes.subarray(Math.max(0, bytes.length - 1024)));
  return tail.includes('%%EOF') ? undefined : 'it is a PDF that was cut short or damaged';
}

/**
 * A .docx is a zip with a document body, word/document.xml. Every part is unpacked (one at a time, then let
 * go), each into no more than the size it declares: a part that lies about its size is a zip bomb the pack
 * would have unpacked whole. A part packed byte for byte as one already unpacked whole (`unpacked`) unpacks
 * the same way, and is compared instead.
 */
function docxProblem(bytes: Uint8Array, unpacked?: UnpackedParts): string | undefined {
  try {
    const parts = readZipDirectory(bytes, paperLimits);
    if (!parts.some((entry) => entry.name === 'word/document.xml'))
      return 'it is not a Word document: it has no document body';
    for (const part of parts) {
      if (part.method === 0 || !unpacked) {
        viewZipEntry(bytes, part);
        continue;
      }
      const packed = packedBytes(bytes, part);
      if (unpacked.has(part, packed)) continue;
      viewZipEntry(bytes, part);
      unpacked.add(part, packed);
    }
    return undefined;
  } catch (error) {
    if (error instanceof SyncError && error.code === 'too-large')
      return 'it unpacks to far more than its size, as no Word document does';
    return 'it is a damaged Word document';
  }
}

/** Parts kept per bucket (size and checksum): a file of parts made to share them cannot make comparing slow. */
const keptPerBucket = 4;

/**
 * The deflated parts of one file's papers unpacked whole so far, by what the zip says of them. Papers written
 * from one template share parts byte for byte (the content types, the relationships, often the styles, theme
 * and fonts): unpacking each again cost an import of 280 small papers two thirds of its paper checks. Inflating
 * is deterministic, so a part whose packed bytes and declared size equal one that unpacked to exactly its size
 * does too. The kept bytes are views into the file being checked, which is held anyway: nothing is copied.
 */
export class UnpackedParts {
  private readonly buckets = new Map<string, Uint8Array[]>();

  has(entry: ZipEntry, packed: Uint8Array): boolean {
    return this.buckets.get(bucketOf(entry))?.some((kept) => sameBytes(kept, packed)) ?? false;
  }

  add(entry: ZipEntry, packed: Uint8Array): void {
    const bucket = this.buckets.get(bucketOf(entry));
    if (!bucket) this.buckets.set(bucketOf(entry), [packed]);
    else if (bucket.length < keptPerBucket) bucket.push(packed);
  }
}

function bucketOf(entry: ZipEntry): string {
  return `${entry.size}/${entry.compressedSize}/${entry.crc32}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let at = 0; at < a.length; at += 1) if (a[at] !== b[at]) return false;
  return true;
}
