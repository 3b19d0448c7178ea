import { largestDocumentBytes } from '../../db/repositories/documents';
import { SyncError } from './errors';
import type { ImportLimits } from './limits';
import { readZipDirectory, viewZipEntry } from './zip-reader';

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
export function paperProblem(bytes: Uint8Array, format?: PaperFormat): string | undefined {
  // The papers screen attaches nothing larger (db/repositories/documents.ts): neither does an import.
  if (bytes.length > largestDocumentBytes)
    return `it is larger than ${largestDocumentBytes / (1024 * 1024)} MB, more than Chamber attaches`;
  const found = startsWith(bytes, '%PDF-') ? 'pdf' : startsWith(bytes, 'PK\u0003\u0004') ? 'docx' : undefined;
  if (!found) return 'it is neither a Word document (.docx) nor a PDF';
  if (format && found !== format)
    return `it is listed as a ${formatWords[format]} but is a ${formatWords[found]}`;
  return found === 'pdf' ? pdfProblem(bytes) : docxProblem(bytes);
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
 * would have unpacked whole.
 */
function docxProblem(bytes: Uint8Array): string | undefined {
  try {
    const parts = readZipDirectory(bytes, paperLimits);
    if (!parts.some((entry) => entry.name === 'word/document.xml'))
      return 'it is not a Word document: it has no document body';
    for (const part of parts) viewZipEntry(bytes, part);
    return undefined;
  } catch (error) {
    if (error instanceof SyncError && error.code === 'too-large')
      return 'it unpacks to far more than its size, as no Word document does';
    return 'it is a damaged Word document';
  }
}
