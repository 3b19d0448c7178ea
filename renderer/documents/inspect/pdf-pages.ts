import type { getDocument } from 'pdfjs-dist';
import { latin1 } from './latin1';
import { UnreadableDocument } from './not-a-document';

/** pdf.js, passed in: the legacy build in node, the browser build (with its worker) in the app. */
export type PdfJs = { getDocument: typeof getDocument };

/**
 * The number of pages in a PDF, as pdf.js reads it: the same library that draws PDF reports into the agenda pack,
 * so the count shown beside a paper is the count printed. pdf.js copes with cross-reference streams, object
 * streams and incremental updates; a file it cannot open is refused with a reason the clerk can act on.
 *
 * @example await pdfPageCount(bytesOfATwelvePagePack, pdfjs) // 12
 */
export async function pdfPageCount(bytes: Uint8Array, pdfjs: PdfJs): Promise<number> {
  if (!latin1(bytes.subarray(0, 1024)).includes('%PDF-')) {
    throw new UnreadableDocument('it does not start like a PDF.');
  }
  let document;
  try {
    // pdf.js takes over (detaches) the buffer it is given: it reads a copy so the caller's bytes survive.
    document = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, stopAtErrors: false })
      .promise;
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new UnreadableDocument(
        'it is protected by a password. Save an unprotected copy of the PDF and attach that.',
      );
    }
    throw new UnreadableDocument(
      'it starts like a PDF but could not be read; it may be damaged or cut short. Save or download it again.',
    );
  }
  try {
    if (document.numPages > 0) return document.numPages;
    throw new UnreadableDocument(
      'it starts like a PDF but has no pages; it may be damaged or cut short. Save or download it again.',
    );
  } finally {
    await document.destroy();
  }
}
