import type { DocumentFormat } from '../../domain/model';
import { docxPageCount } from './docx-pages';
import { NotADocumentError, UnreadableDocument } from './not-a-document';
import { latin1 } from './latin1';
import { pdfPageCount, type PdfJs } from './pdf-pages';

/** What Chamber shows for an attached paper: its format, size and, when known, page count. */
export type InspectedDocument = {
  format: DocumentFormat;
  sizeBytes: number;
  /** Undefined when a .docx does not record its page count (see docxPageCount). */
  pageCount: number | undefined;
};

const startsWith = (bytes: Uint8Array, signature: number[]): boolean =>
  signature.every((byte, index) => bytes[index] === byte);

/** What a file that is neither .docx nor PDF seems to be, said so the clerk knows what to do. */
function whatItIs(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'the file is empty. Choose the file again.';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    const text = new TextDecoder('utf-16le').decode(bytes.subarray(0, Math.min(bytes.length, 65_536)));
    return text.includes('EncryptedPackage')
      ? 'it is protected by a password. Remove the password in Word, save it, and attach it again.'
      : 'it is an older Word 97-2003 file (.doc). Open it in Word and save it as .docx, then attach it again.';
  }
  const start = latin1(bytes.subarray(0, 16));
  if (start.startsWith('{\\rtf'))
    return 'it is a Rich Text file (.rtf). Save it as .docx and attach it again.';
  return 'Chamber could not recognise its contents. Attach the report as .docx or PDF.';
}

/**
 * Reads an attached paper: whether it really is a .docx or a PDF (by its contents, not its name), its size, and its
 * page count. Throws NotADocumentError, with a message for the clerk, for anything else.
 *
 * @example await inspectAttachedDocument('Report.pdf', bytes, pdfjs) // { format: 'pdf', sizeBytes: 9514, pageCount: 3 }
 */
export async function inspectAttachedDocument(
  fileName: string,
  bytes: Uint8Array,
  pdfjs: PdfJs,
): Promise<InspectedDocument> {
  try {
    if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
      return { format: 'docx', sizeBytes: bytes.length, pageCount: docxPageCount(bytes) };
    }
    if (latin1(bytes.subarray(0, 1024)).includes('%PDF-')) {
      return { format: 'pdf', sizeBytes: bytes.length, pageCount: await pdfPageCount(bytes, pdfjs) };
    }
  } catch (error) {
    if (error instanceof UnreadableDocument) throw new NotADocumentError(fileName, error.message);
    throw error;
  }
  throw new NotADocumentError(fileName, whatItIs(bytes));
}
