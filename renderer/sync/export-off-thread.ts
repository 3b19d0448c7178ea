import { exportFile, type Encryption, type ExportRequest, type ExportedFile } from './export';
import type { ExportJob, ExportReply } from './export-worker';
import { SyncError, type SyncErrorCode } from './format/errors';

/** Which thread made the last export: the page (no workers here, e.g. the unit tests) or a worker. */
export type ExportThread = 'worker' | 'page';

/**
 * Used for the daily backup. The clerk's own exports to another laptop are written to disk as they are made,
 * on the page (save-export.ts). A worker reads this laptop's id from the database, not from the page's memory:
 * a worker's file once named another device, when the first start's racing loads had stored a different id
 * from the one the page kept (fixed in db/device.ts, claimDeviceId).
 *
 * Export on a Web Worker where the platform has them, so the page stays responsive while a whole archive
 * is read and zipped; where it has none (or the worker cannot start), on the page as before. The file and
 * any refusal are the same either way: a SyncError comes back as a SyncError with its code.
 */
export async function exportOffThread(
  request: ExportRequest,
  encryption?: Encryption,
): Promise<ExportedFile & { thread: ExportThread }> {
  const worker = startWorker();
  if (!worker) return { ...(await exportFile(request, encryption)), thread: 'page' };
  try {
    const reply = await new Promise<ExportReply | undefined>((resolve) => {
      worker.onmessage = (event: MessageEvent<ExportReply>) => resolve(event.data);
      // A worker that fails to load (a packaging fault) must not cost the clerk their backup.
      worker.onerror = (event) => {
        event.preventDefault();
        resolve(undefined);
      };
      const job: ExportJob = encryption === undefined ? { request } : { request, encryption };
      worker.postMessage(job);
    });
    if (!reply) {
      console.warn('The export worker did not start: exporting on the page instead.');
      return { ...(await exportFile(request, encryption)), thread: 'page' };
    }
    if ('error' in reply) {
      const { code, message } = reply.error;
      throw code ? Object.assign(new SyncError(code as SyncErrorCode), { message }) : new Error(message);
    }
    return { ...reply.file, thread: 'worker' };
  } finally {
    worker.terminate();
  }
}

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}
