import type { AgendaPart } from '../../domain/model';

/**
 * Every message between the page and the minutes worker carries this tag, so a library's own messages (or the
 * pack worker's) are never taken for an answer.
 */
export const minutesMessageTag = 'chamber-minutes';

/**
 * What the page posts: only which meeting and which part. The worker reads the meeting and the template from the
 * database itself; on the page's thread that read was 20-80 ms of every press.
 */
export type MakeMinutesRequest = {
  from: typeof minutesMessageTag;
  kind: 'make';
  id: number;
  meetingId: string;
  part: AgendaPart;
};

/** The finished minutes, with the file's name and how long the worker took to read and to build them. */
export type MadeMinutes = { bytes: Uint8Array; fileName: string; readMs: number; buildMs: number };

export type MinutesWorkerMessage = { from: typeof minutesMessageTag; id: number } & (
  ({ kind: 'done' } & MadeMinutes) | { kind: 'failed'; message: string }
);

export function isMinutesMessage(message: unknown): message is MinutesWorkerMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { from?: unknown }).from === minutesMessageTag &&
    ['done', 'failed'].includes(String((message as { kind?: unknown }).kind))
  );
}
