import type { PdfPageRenderer } from '../agenda-pack';
import { renderPdfPages } from '../pdf-pages';
import { loadPdfjs } from '../../platform/pdfjs';

/**
 * pdf.js in the browser, drawing on OffscreenCanvas (a worker has no DOM). pdf.js runs its own parsing worker
 * from the bundled worker file, so the pack worker stays free to report progress.
 */
export const renderPdfInWorker: PdfPageRenderer = async (pdf, label) => {
  const pdfjs = await loadPdfjs();
  return renderPdfPages(pdf, label, {
    pdfjs,
    makeCanvas: (width, height) => {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('This browser cannot draw PDF pages (no 2D canvas in workers).');
      return {
        context,
        toPng: async () =>
          new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer()),
      };
    },
  });
};
