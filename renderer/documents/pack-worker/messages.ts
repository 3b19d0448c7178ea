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
};

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
  | { kind: 'done'; bytes: Uint8Array; warnings: string[] }
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
