import type { BuildMinutesRequest, MinutesWorkerMessage } from './messages';
import { minutesMessageTag } from './messages';
import { minutesBytes } from './minutes-bytes';
import { warmUpOnce } from './warm-up';

/**
 * The Web Worker that makes the minutes off the page's thread: a long meeting's minutes take hundreds of
 * milliseconds to build, and on the page's thread every one of them was a frame the clerk's screen did not draw.
 */
const post = (message: MinutesWorkerMessage, transfer: Transferable[] = []): void => {
  (self as unknown as { postMessage: (message: unknown, transfer: Transferable[]) => void }).postMessage(
    message,
    transfer,
  );
};

let asked = false;

self.addEventListener('message', (event: MessageEvent<BuildMinutesRequest>) => {
  const request = event.data;
  if (request?.from !== minutesMessageTag || request.kind !== 'build') return;
  asked = true;
  minutesBytes(request).then(
    (bytes) =>
      post({ from: minutesMessageTag, id: request.id, kind: 'done', bytes }, [bytes.buffer as ArrayBuffer]),
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

// The worker starts while the clerk is still reading the meeting: make the sample minutes now, so the clerk's
// first press runs code already compiled and warm rather than paying for it (warm-up.ts).
void warmUpOnce(() => asked);
