export type { CanvasMaker, PageCanvas, PageImage, PdfReader } from './render-pdf-pages';
export { renderPdfPages } from './render-pdf-pages';
