import { buildAgendaPack } from '../agenda-pack';
import type { BuildPackRequest, PackWorkerMessage } from './messages';
import { packMessageTag } from './messages';
import { pdfRendererInWorker } from './offscreen-pdf-reader';

type PackMessageBody = PackWorkerMessage extends infer M
  ? M extends unknown
    ? Omit<M, 'from'>
    : never
  : never;

/** The Web Worker entry: builds the pack off the page's thread so the app stays responsive while it works. */
const post = (message: PackMessageBody, transfer: Transferable[] = []): void => {
  (
    self as unknown as { postMessage: (message: PackWorkerMessage, transfer: Transferable[]) => void }
  ).postMessage({ ...message, from: packMessageTag }, transfer);
};

const failure = (error: unknown): string => {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message.trim() || 'The agenda pack could not be built, and no reason was given.';
};

self.addEventListener('message', (event: MessageEvent<BuildPackRequest>) => {
  const request = event.data;
  if (request?.kind !== 'build') return;
  buildAgendaPack(request.data, {
    audience: request.audience,
    edition: request.edition,
    renderPdf: pdfRendererInWorker(),
    onProgress: (progress) => post({ kind: 'progress', progress }),
  }).then(
    (result) =>
      post({ kind: 'done', bytes: result.bytes, warnings: result.warnings }, [
        result.bytes.buffer as ArrayBuffer,
      ]),
    (error: unknown) => post({ kind: 'failed', message: failure(error) }),
  );
});
