import type * as PdfJs from 'pdfjs-dist';
// The worker file ships with the app as one of its own assets (served from 'self', as the CSP's worker-src wants).
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/**
 * pdf.js on the page (or in Electron's renderer), with its parsing worker served from the app's own files: no
 * request leaves the app, as the CSP's worker-src 'self' requires.
 */
export async function loadPdfjs(): Promise<typeof PdfJs> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;
  return pdfjs;
}

/** How long pdf.js's own worker may take to load before the pack says it could not start. */
const startLimitMs = 30_000;

let started: Promise<typeof PdfJs> | undefined;

/**
 * pdf.js inside another Web Worker (the pack worker). Left to itself there, pdf.js looks for `window.location`,
 * fails, and silently falls back to a "fake worker" that loads its worker code into the pack worker, where that
 * code announces itself to the page: the page then mistook pdf.js's "ready" for the pack's answer. So Chamber starts
 * pdf.js's real worker itself, waits for its "ready", and hands pdf.js the port: the fake worker is never used.
 * Rejects, saying why, if the worker cannot be loaded.
 */
export function loadPdfjsInWorker(): Promise<typeof PdfJs> {
  started ??= startPdfjsInWorker().catch((error: unknown) => {
    started = undefined;
    throw error;
  });
  return started;
}

async function startPdfjsInWorker(): Promise<typeof PdfJs> {
  const pdfjs = await import('pdfjs-dist');
  const worker = new Worker(pdfWorkerUrl, { type: 'module', name: 'pdf-reader' });
  await new Promise<void>((resolve, reject) => {
    const fail = (why: string): void => {
      clearTimeout(timer);
      worker.terminate();
      reject(new Error(`Chamber's PDF reader could not start (${why}).`));
    };
    const timer = setTimeout(
      () => fail(`it did not answer within ${startLimitMs / 1000} seconds`),
      startLimitMs,
    );
    worker.addEventListener(
      'error',
      (event) => fail(event.message || 'its worker file could not be loaded'),
      {
        once: true,
      },
    );
    worker.addEventListener(
      'message',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
  pdfjs.GlobalWorkerOptions.workerPort = worker;
  return pdfjs;
}
