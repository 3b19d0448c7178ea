import type { getDocument } from 'pdfjs-dist';

/** A PDF page drawn as a picture, ready to place on a page of the pack. */
export type PageImage = { png: Uint8Array; widthPx: number; heightPx: number };

/** A canvas to draw one page on: node's @napi-rs/canvas in tests, an OffscreenCanvas in the worker. */
export type PageCanvas = { context: object; toPng: () => Promise<Uint8Array> };
export type CanvasMaker = (widthPx: number, heightPx: number) => PageCanvas;

export type PdfReader = {
  /** pdf.js (the legacy build in node, the modern one in the browser), passed in so this module runs in both. */
  pdfjs: { getDocument: typeof getDocument };
  makeCanvas: CanvasMaker;
  /** Print quality: 200 dots per inch keeps 9 pt text sharp on paper. */
  dpi?: number;
  /** More of pdf.js's getDocument options: a worker has no document, so it needs its own canvases and no font faces. */
  documentOptions?: Omit<Parameters<typeof getDocument>[0] & object, 'data'>;
  /** Called before each page is drawn, so a long PDF shows its progress page by page. */
  onPage?: (page: number, pages: number) => void;
};

/**
 * Draw every page of a PDF report as a picture, so a report received only as PDF still prints in the pack. The
 * PDF is read from a copy: pdf.js takes over (detaches) the buffer it is given, and the caller's bytes must survive.
 */
export async function renderPdfPages(
  pdf: Uint8Array,
  label: string,
  reader: PdfReader,
): Promise<PageImage[]> {
  const scale = (reader.dpi ?? 200) / 72;
  let document;
  try {
    document = await reader.pdfjs.getDocument({
      ...reader.documentOptions,
      data: pdf.slice(),
      isEvalSupported: false,
      useSystemFonts: false,
    }).promise;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${label} could not be read as a PDF (${reason}). Save it as PDF again and attach it.`);
  }
  try {
    const images: PageImage[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      reader.onPage?.(number, document.numPages);
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale });
      const widthPx = Math.ceil(viewport.width);
      const heightPx = Math.ceil(viewport.height);
      const canvas = reader.makeCanvas(widthPx, heightPx);
      const context = canvas.context as CanvasRenderingContext2D;
      // Paper is white: PDFs without a background would otherwise come out transparent (black in some viewers).
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, widthPx, heightPx);
      await page.render({ canvasContext: context, viewport, canvas: null }).promise;
      images.push({ png: await canvas.toPng(), widthPx, heightPx });
      page.cleanup();
    }
    return images;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `${label} could not be drawn into the pack (${reason}). Save it as PDF again and attach it.`,
    );
  } finally {
    await document.destroy();
  }
}
