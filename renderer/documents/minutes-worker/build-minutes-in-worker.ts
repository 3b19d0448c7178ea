import type { BuildMinutesRequest } from './messages';
import { isMinutesMessage, minutesMessageTag } from './messages';
import { minutesBytes, type MinutesRequest } from './minutes-bytes';

type MinutesWorker = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>;

/** One worker for the app's life: started when the Papers tab opens, so its code is loaded before the press. */
let worker: MinutesWorker | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();

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
    if (message.kind === 'done') waiter?.resolve(message.bytes);
    else waiter?.reject(new Error(message.message));
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
 * Load the minutes' code in its worker before the clerk asks for them (the Papers tab calls this when it opens),
 * so the first press of "Save the minutes" does not wait for the code to arrive and start.
 */
export function preloadMinutesWorker(): void {
  startWorker();
}

/**
 * The minutes' .docx, made in the minutes worker so the page keeps drawing while they are built. Where there is
 * no Worker (a test's simulated page), they are made here instead: the same code, the same bytes.
 *
 * @example const bytes = await buildMinutesInWorker({ record, part: 'A', title: 'Minutes', template });
 */
export function buildMinutesInWorker(request: MinutesRequest): Promise<Uint8Array> {
  const running = startWorker();
  if (!running) return minutesBytes(request);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    const message: BuildMinutesRequest = { from: minutesMessageTag, kind: 'build', id, ...request };
    running.postMessage(message);
  });
}
