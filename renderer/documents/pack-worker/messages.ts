import type { AgendaPackData, AgendaPackOptions, PackProgress } from '../agenda-pack';

/** What the page posts to the pack worker: the data and which pack to build. */
export type BuildPackRequest = {
  kind: 'build';
  data: AgendaPackData;
  audience: AgendaPackOptions['audience'];
  edition: AgendaPackOptions['edition'];
};

/**
 * What the page posts to the worker that reads the meeting itself (db/read/meeting-pack.worker.ts): only which
 * meeting and which pack. The papers' megabytes are read from the database in the worker and never reach the
 * page's thread, where reading and copying them held it for hundreds of milliseconds on a loaded laptop.
 */
export type BuildMeetingPackRequest = {
  kind: 'build-meeting';
  meetingId: string;
  audience: AgendaPackOptions['audience'];
  edition: AgendaPackOptions['edition'];
  /**
   * 'blob' where the page can save a Blob as it is (a browser's download): the worker makes the Blob, so the
   * file's megabytes never reach the page's thread, where copying 11 MB into a Blob held it for 15 ms and more
   * (60 on a loaded laptop). Bytes otherwise (the desktop app's save crosses IPC as bytes); the default.
   */
  fileAs?: PackFileForm;
};

/** How the finished pack reaches the page: its bytes (moved, not copied), or a Blob made in the worker. */
export type PackFileForm = 'bytes' | 'blob';

/** The finished pack as the worker hands it over, in the form the request asked for. */
export type PackFile = { bytes: Uint8Array } | { blob: Blob };

export type PackRequest = BuildPackRequest | BuildMeetingPackRequest;

/**
 * Every message the pack worker posts carries this tag. Libraries running in the worker may post messages of their
 * own to the page (pdf.js's worker code announces "ready" when it is loaded into a worker): without the tag the
 * page once took such a message for the pack's answer.
 */
export const packMessageTag = 'chamber-agenda-pack';

/** What the worker posts back: progress while it works, then the pack's bytes or what went wrong. */
export type PackWorkerMessage = { from: typeof packMessageTag } & (
  | { kind: 'progress'; progress: PackProgress }
  | ({ kind: 'done'; warnings: string[] } & PackFile)
  | { kind: 'failed'; message: string }
);

/** Whether a message posted by the worker is one of the pack's own, not some library's. */
export function isPackMessage(message: unknown): message is PackWorkerMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { from?: unknown }).from === packMessageTag &&
    ['progress', 'done', 'failed'].includes(String((message as { kind?: unknown }).kind))
  );
}
