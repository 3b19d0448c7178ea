import type { MinutesRequest } from './minutes-bytes';

/**
 * Every message between the page and the minutes worker carries this tag, so a library's own messages (or the
 * pack worker's) are never taken for an answer.
 */
export const minutesMessageTag = 'chamber-minutes';

export type BuildMinutesRequest = {
  from: typeof minutesMessageTag;
  kind: 'build';
  id: number;
} & MinutesRequest;

export type MinutesWorkerMessage = { from: typeof minutesMessageTag; id: number } & (
  { kind: 'done'; bytes: Uint8Array } | { kind: 'failed'; message: string }
);

export function isMinutesMessage(message: unknown): message is MinutesWorkerMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { from?: unknown }).from === minutesMessageTag &&
    ['done', 'failed'].includes(String((message as { kind?: unknown }).kind))
  );
}
