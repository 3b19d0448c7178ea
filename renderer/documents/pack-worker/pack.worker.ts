import { buildAgendaPack } from '../agenda-pack';
import type { BuildPackRequest, PackWorkerMessage } from './messages';
import { renderPdfInWorker } from './offscreen-pdf-reader';

/** The Web Worker entry: builds the pack off the page's thread so the app stays responsive while it works. */
const post = (message: PackWorkerMessage, transfer: Transferable[] = []): void => {
  (
    self as unknown as { postMessage: (message: PackWorkerMessage, transfer: Transferable[]) => void }
  ).postMessage(message, transfer);
};

self.addEventListener('message', (event: MessageEvent<BuildPackRequest>) => {
  const request = event.data;
  if (request.kind !== 'build') return;
  buildAgendaPack(request.data, {
    audience: request.audience,
    edition: request.edition,
    renderPdf: renderPdfInWorker,
    onProgress: (progress) => post({ kind: 'progress', progress }),
  }).then(
    (result) =>
      post({ kind: 'done', bytes: result.bytes, warnings: result.warnings }, [
        result.bytes.buffer as ArrayBuffer,
      ]),
    (error: unknown) =>
      post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
