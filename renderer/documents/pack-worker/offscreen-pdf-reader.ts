import type { PdfPageRenderer } from '../agenda-pack';
import { renderPdfPages } from '../pdf-pages';
import { loadPdfjsInWorker } from '../../platform/pdfjs';

/**
 * The canvases pdf.js draws masks, patterns and tiles on: its default makes them with `document.createElement`,
 * which a worker does not have. Shaped as pdf.js's CanvasFactory (create, reset, destroy).
 */
class OffscreenCanvasFactory {
  create(width: number, height: number) {
    const canvas = new OffscreenCanvas(Math.max(1, width), Math.max(1, height));
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
  }
  reset(pair: { canvas: OffscreenCanvas | null }, width: number, height: number): void {
    if (!pair.canvas) throw new Error('Canvas is not specified');
    pair.canvas.width = width;
    pair.canvas.height = height;
  }
  destroy(pair: { canvas: OffscreenCanvas | null; context: unknown }): void {
    if (pair.canvas) pair.canvas.width = pair.canvas.height = 0;
    pair.canvas = null;
    pair.context = null;
  }
}

/**
 * pdf.js in the pack worker, drawing on OffscreenCanvas (a worker has no DOM). pdf.js parses in its own worker,
 * started by loadPdfjsInWorker, so the pack worker stays free to report progress. Fonts are drawn as outlines
 * (no font faces: a worker has no document to add them to), as pdf.js does in node.
 */
export function pdfRendererInWorker(): PdfPageRenderer {
  return async (pdf, label, onPage) => {
    const pdfjs = await loadPdfjsInWorker().catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`${label} could not be read: ${reason}`);
    });
    return renderPdfPages(pdf, label, {
      pdfjs,
      documentOptions: { disableFontFace: true, CanvasFactory: OffscreenCanvasFactory },
      onPage,
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
}
