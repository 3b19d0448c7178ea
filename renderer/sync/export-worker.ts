/**
 * The export's own thread: a Web Worker that reads the database (Dexie works in a worker, on the same
 * IndexedDB) and packs the file, so a daily backup of twelve years never stalls the page the clerk is typing
 * in. The finished blocks are handed back, not copied. See export-off-thread.ts for the page's side.
 */
import { exportFile, type Encryption, type ExportRequest } from './export';
import { isSyncError } from './format/errors';

export type ExportJob = { request: ExportRequest; encryption?: Encryption };
export type ExportReply =
  { file: Awaited<ReturnType<typeof exportFile>> } | { error: { message: string; code?: string } };

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ExportJob>) => void) | null;
  postMessage(message: ExportReply, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { request, encryption } = event.data;
  exportFile(request, encryption).then(
    // Each block is handed over whole (the collector makes each its own buffer), so none is copied.
    (file) => scope.postMessage({ file }, [...new Set(file.parts.map((part) => part.buffer as ArrayBuffer))]),
    (error: unknown) =>
      scope.postMessage({
        error: {
          message: error instanceof Error ? error.message : String(error),
          ...(isSyncError(error) && { code: error.code }),
        },
      }),
  );
};
