import { makeMeetingMinutes } from './make-minutes';
import type { MakeMinutesRequest, MinutesWorkerMessage } from './messages';
import { minutesMessageTag } from './messages';
import { warmUpMinutesWorker } from './warm-up';

/**
 * The Web Worker that makes the minutes off the page's thread. The page posts only the meeting's id and the part;
 * the worker reads the meeting and the template from the database itself (reads only: it never writes), builds
 * the .docx and hands back its bytes (moved, not copied) with the file's name.
 */
const post = (message: MinutesWorkerMessage, transfer: Transferable[] = []): void => {
  (self as unknown as { postMessage: (message: unknown, transfer: Transferable[]) => void }).postMessage(
    message,
    transfer,
  );
};

let asked = false;

self.addEventListener('message', (event: MessageEvent<MakeMinutesRequest>) => {
  const request = event.data;
  if (request?.from !== minutesMessageTag || request.kind !== 'make') return;
  asked = true;
  makeMeetingMinutes(request.meetingId, request.part).then(
    (made) =>
      post({ from: minutesMessageTag, id: request.id, kind: 'done', ...made }, [
        made.bytes.buffer as ArrayBuffer,
      ]),
    (error: unknown) => {
      const message = error instanceof Error ? error.message.trim() : '';
      post({
        from: minutesMessageTag,
        id: request.id,
        kind: 'failed',
        message: message || 'The minutes could not be made, and no reason was given.',
      });
    },
  );
});

// The worker starts while the clerk is still reading the meeting: open the database and make the sample minutes
// now, so the clerk's first press runs code already loaded and warm rather than paying for it (warm-up.ts).
void warmUpMinutesWorker(() => asked);
