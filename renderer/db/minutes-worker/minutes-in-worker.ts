import type { AgendaPart } from '../../domain/model';
import { makeMeetingMinutes } from './make-minutes';
import type { MadeMinutes, MakeMinutesRequest } from './messages';
import { isMinutesMessage, minutesMessageTag } from './messages';

type MinutesWorker = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>;

/** One worker for the app's life: started when a meeting is on screen, so its code is loaded before the press. */
let worker: MinutesWorker | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve: (made: MadeMinutes) => void; reject: (error: Error) => void }>();

function startWorker(): MinutesWorker | undefined {
  if (typeof Worker !== 'function') return undefined;
  if (worker) return worker;
  const started = new Worker(new URL('./minutes.worker.ts', import.meta.url), {
    type: 'module',
    name: 'minutes',
  });
  started.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isMinutesMessage(message)) return;
    const waiter = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.kind === 'failed') return waiter?.reject(new Error(message.message));
    const { bytes, fileName, readMs, buildMs } = message;
    waiter?.resolve({ bytes, fileName, readMs, buildMs });
  });
  started.addEventListener('error', (event: ErrorEvent) => {
    // A worker that fails is dropped; the next press starts a new one.
    worker = undefined;
    started.terminate();
    const why = event.message || 'the minutes worker stopped without saying why';
    for (const waiter of waiting.values()) waiter.reject(new Error(`The minutes could not be made: ${why}.`));
    waiting.clear();
  });
  worker = started;
  return started;
}

/**
 * Start the minutes worker before the clerk asks for the minutes (when a meeting is on screen, and as the Papers
 * tab opens), so that it has opened the database and warmed its builders by the first press of "Save the minutes".
 */
export function preloadMinutesWorker(): void {
  startWorker();
}

/**
 * A meeting's public (part 'A') or confidential (part 'B') minutes as a .docx, made in the minutes worker, which
 * reads the meeting and the template itself: the page posts only the id and the part, and keeps drawing. Where
 * there is no Worker (a test's simulated page), they are made here instead: the same code, the same bytes.
 * Rejects with the clerk's words for a meeting that no longer exists or a template that cannot be filled.
 *
 * @example const { bytes, fileName } = await makeMinutesInWorker(meetingId, 'A');
 */
export function makeMinutesInWorker(meetingId: string, part: AgendaPart): Promise<MadeMinutes> {
  const running = startWorker();
  if (!running) return makeMeetingMinutes(meetingId, part);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    const message: MakeMinutesRequest = { from: minutesMessageTag, kind: 'make', id, meetingId, part };
    running.postMessage(message);
  });
}
