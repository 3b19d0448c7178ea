import type {
  AgendaPackData,
  AgendaPackResult,
  PackAudience,
  PackEdition,
  PackProgress,
} from '../agenda-pack';
import type { BuildPackRequest, PackWorkerMessage } from './messages';

export type PackWorkerHandle = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>;

/** Start the pack worker the way Vite bundles it. */
export function startPackWorker(): PackWorkerHandle {
  return new Worker(new URL('./pack.worker.ts', import.meta.url), { type: 'module', name: 'agenda-pack' });
}

/**
 * Build an agenda pack in a Web Worker, reporting progress for a progress bar; resolves with the .docx bytes and
 * the warnings to show the clerk (estimated page counts, content a paper carried that the pack could not).
 *
 * @example const { bytes, warnings } = await buildPackInWorker(data, (p) => setProgress(p.done / p.total));
 */
export function buildPackInWorker(
  data: AgendaPackData,
  onProgress: (progress: PackProgress) => void,
  pack: { audience: PackAudience; edition: PackEdition } = { audience: 'public', edition: 'agenda' },
  worker: PackWorkerHandle = startPackWorker(),
): Promise<AgendaPackResult> {
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<PackWorkerMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') return onProgress(message.progress);
      worker.terminate();
      if (message.kind === 'done') resolve({ bytes: message.bytes, warnings: message.warnings });
      else reject(new Error(message.message));
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      worker.terminate();
      reject(new Error(`The agenda pack could not be built: ${event.message}`));
    });
    const request: BuildPackRequest = { kind: 'build', data, ...pack };
    worker.postMessage(request);
  });
}
