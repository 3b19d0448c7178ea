import type * as PdfJs from 'pdfjs-dist';

/**
 * pdf.js in the browser (or Electron's renderer, or a worker), with its parsing worker served from the app's own
 * files: no request leaves the app, as the CSP's worker-src 'self' requires.
 */
export async function loadPdfjs(): Promise<typeof PdfJs> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url).href;
  return pdfjs;
}
