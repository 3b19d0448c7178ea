import { createCanvas } from '@napi-rs/canvas';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfPageRenderer } from '../../../../renderer/documents/agenda-pack';
import { renderPdfPages } from '../../../../renderer/documents/pdf-pages';

/** pdf.js's legacy build on @napi-rs/canvas: how node draws PDF pages (the worker uses OffscreenCanvas). */
export const renderPdfInNode: PdfPageRenderer = (pdf, label) =>
  renderPdfPages(pdf, label, {
    pdfjs,
    makeCanvas: (width, height) => {
      const canvas = createCanvas(width, height);
      return {
        context: canvas.getContext('2d'),
        toPng: async () => new Uint8Array(canvas.toBuffer('image/png')),
      };
    },
  });
