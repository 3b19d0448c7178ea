import type {
  AgendaPackData,
  AgendaPackResult,
  PackAudience,
  PackEdition,
  PackProgress,
} from '../agenda-pack';
import { packStages } from '../agenda-pack';
import type { BuildPackRequest, PackFile, PackRequest } from './messages';
import { isPackMessage } from './messages';

export type PackWorkerHandle = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>;

/** A finished pack as the worker handed it over (its bytes, or a Blob when asked for one), and its warnings. */
export type MadePack = PackFile & { warnings: string[] };

/** Start the pack worker the way Vite bundles it. */
export function startPackWorker(): PackWorkerHandle {
  return new Worker(new URL('./pack.worker.ts', import.meta.url), { type: 'module', name: 'agenda-pack' });
}

/**
 * The longest the worker may go without a word before the pack gives up and says where it stopped. Every paper,
 * and every page of a PDF paper, reports progress, so a working build speaks far more often than this.
 */
export const silenceLimitMs = 3 * 60_000;

/**
 * Build an agenda pack in a Web Worker from data read on the page, reporting progress for a progress bar;
 * resolves with the .docx bytes and the warnings to show the clerk (estimated page counts, content a paper
 * carried that the pack could not). See askPackWorker for how it listens.
 *
 * With `handOver`, the papers' bytes are moved to the worker rather than copied: the page no longer holds them (a
 * hundred reports are megabytes the page would otherwise hold twice while the worker builds), so the caller must
 * not use `data`'s bytes afterwards.
 *
 * @example const { bytes, warnings } = await buildPackInWorker(data, (p) => setProgress(p.done / p.total));
 */
export async function buildPackInWorker(
  data: AgendaPackData,
  onProgress: (progress: PackProgress) => void,
  pack: { audience: PackAudience; edition: PackEdition } = { audience: 'public', edition: 'agenda' },
  worker: PackWorkerHandle = startPackWorker(),
  silenceMs = silenceLimitMs,
  handOver = false,
): Promise<AgendaPackResult> {
  const request: BuildPackRequest = { kind: 'build', data, ...pack };
  const made = await askPackWorker(
    worker,
    request,
    onProgress,
    silenceMs,
    handOver ? papersBuffers(data) : [],
  );
  // This worker is never asked for a Blob: a pack built from the page's data is published or saved as bytes.
  if (!('bytes' in made)) throw new Error('The agenda pack worker answered with a file in the wrong form.');
  return { bytes: made.bytes, warnings: made.warnings };
}

/**
 * Post a pack request to a worker that answers with the pack's messages (messages.ts) and wait for its answer,
 * passing progress on. Only the pack's own messages count: anything else the worker posts is ignored. It never
 * waits silently: a worker that fails, or goes quiet for `silenceMs`, rejects with a message saying where it
 * was. The worker is ended once it has answered.
 */
export function askPackWorker(
  worker: PackWorkerHandle,
  request: PackRequest,
  onProgress: (progress: PackProgress) => void,
  silenceMs = silenceLimitMs,
  transfer: Transferable[] = [],
): Promise<MadePack> {
  return new Promise((resolve, reject) => {
    let last: PackProgress | undefined;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const finish = (): void => {
      clearTimeout(watchdog);
      worker.terminate();
    };
    const where = (): string =>
      last ? ` It stopped at “${packStages[last.stage]}${last.paper ? `: ${last.paper}` : ''}”.` : '';
    const listen = (): void => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        finish();
        reject(
          new Error(
            `The agenda pack was not finished: it did nothing for ${silenceMs / 60_000} minutes.${where()}`,
          ),
        );
      }, silenceMs);
    };
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isPackMessage(message)) return;
      if (message.kind === 'progress') {
        last = message.progress;
        listen();
        return onProgress(message.progress);
      }
      finish();
      if (message.kind === 'failed') return reject(new Error(message.message));
      const { kind: _kind, from: _from, ...made } = message;
      resolve(made);
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      finish();
      const why = event.message || 'the pack worker stopped without saying why';
      reject(new Error(`The agenda pack could not be built: ${why}.${where()}`));
    });
    listen();
    worker.postMessage(request, transfer);
  });
}

/** Every buffer holding the bytes of a paper, minutes or the template, once each (a buffer moves only once). */
export function papersBuffers(data: AgendaPackData): ArrayBuffer[] {
  const views = [
    ...Object.values(data.documentContents),
    ...(data.presentedMinutes ?? []).map((minutes) => minutes.bytes),
    data.previousMinutes,
    data.previousExemptMinutes?.bytes,
    data.template,
  ];
  const buffers = new Set<ArrayBuffer>();
  for (const view of views) if (view?.buffer instanceof ArrayBuffer) buffers.add(view.buffer);
  return [...buffers];
}
