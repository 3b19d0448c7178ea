import type { AgendaPackData, AgendaPackOptions, AgendaPackResult } from '../agenda-pack';
import { buildAgendaPack } from '../agenda-pack';
import type { PackFileForm, PackWorkerMessage } from './messages';
import { packMessageTag } from './messages';
import { pdfRendererInWorker } from './offscreen-pdf-reader';

type PackMessageBody = PackWorkerMessage extends infer M
  ? M extends unknown
    ? Omit<M, 'from'>
    : never
  : never;

/** Post one of the pack's own messages to the page, tagged (messages.ts), moving any buffers named. */
export const postPackMessage = (message: PackMessageBody, transfer: Transferable[] = []): void => {
  (
    self as unknown as { postMessage: (message: PackWorkerMessage, transfer: Transferable[]) => void }
  ).postMessage({ ...message, from: packMessageTag }, transfer);
};

const failure = (error: unknown): string => {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message.trim() || 'The agenda pack could not be built, and no reason was given.';
};

/** Build a pack in this worker, with PDF pages drawn here, telling the page of each step. */
export function buildPackHere(
  data: AgendaPackData,
  pack: Pick<AgendaPackOptions, 'audience' | 'edition'>,
): Promise<AgendaPackResult> {
  return buildAgendaPack(data, {
    ...pack,
    renderPdf: pdfRendererInWorker(),
    onProgress: (progress) => postPackMessage({ kind: 'progress', progress }),
  });
}

/**
 * Answer the page with a finished pack, or with what went wrong. As bytes, they are moved to the page, not
 * copied: the worker is done with them, and an 11 MB pack copied is 11 MB more held while the clerk saves it. As a
 * Blob (`fileAs` 'blob'), the copy into the Blob is made here, on the worker's thread, and the page is handed only
 * the Blob.
 */
export function answerPack(
  building: Promise<AgendaPackResult>,
  fileAs: PackFileForm = 'bytes',
): Promise<void> {
  return building.then(
    (result) =>
      fileAs === 'blob'
        ? postPackMessage({
            kind: 'done',
            blob: new Blob([result.bytes as BlobPart]),
            warnings: result.warnings,
          })
        : postPackMessage({ kind: 'done', bytes: result.bytes, warnings: result.warnings }, [
            result.bytes.buffer as ArrayBuffer,
          ]),
    (error: unknown) => postPackMessage({ kind: 'failed', message: failure(error) }),
  );
}
