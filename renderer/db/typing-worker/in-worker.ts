import { db } from '../database';
import { movePastForChoice } from '../device';
import { saveTypedMinuteHere } from '../repositories/typed-minute';
import type { TypedMinuteAnswer, TypedMinuteRequest } from './messages';
import { listenToWorker } from '../worker-answers';
import { longestWaitForKeysMs, waitAtMost } from '../wait-at-most';

type Waiting = {
  request: TypedMinuteRequest;
  resolve: (committedAt: number | undefined) => void;
  reject: (error: Error) => void;
};

let worker: Worker | undefined;
/** The worker could not start (or died): the page makes the writes itself from then on. */
let broken = false;
let sent = 0;
const waiting = new Map<number, Waiting>();
/** Every key sent and not yet answered, and the page's clock moving past the stamps the worker wrote with. */
const unanswered = new Set<Promise<unknown>>();
let clockMoves: Promise<unknown> = Promise.resolve();

/** True where the typing worker can be used (a browser with Web Workers, and the worker has not failed). */
export function typingWorkerCanStart(): boolean {
  return !broken && typeof Worker === 'function';
}

/** The refusal or failure the worker reported, with its name and the clerk's message as they were. */
function failureOf(answer: Extract<TypedMinuteAnswer, { outcome: 'refused' | 'failed' }>): Error {
  const error = new Error(answer.message);
  error.name = answer.name;
  return error;
}

function heard(answer: TypedMinuteAnswer): void {
  const asked = waiting.get(answer.id);
  if (!asked) return;
  waiting.delete(answer.id);
  if (answer.outcome !== 'done') return asked.reject(failureOf(answer));
  // The page's own writes are stamped after the worker's (a restored version after the last key typed).
  const stamp = answer.stamp;
  if (stamp) clockMoves = clockMoves.then(() => movePastForChoice(db, [stamp])).catch(() => undefined);
  asked.resolve(answer.committedAt - performance.timeOrigin);
}

/**
 * The worker failed to load or run: every write not yet answered is made by the page instead, in the order sent
 * (one that the worker did commit is then stored again with the same text, which changes nothing).
 */
function fallBack(): void {
  broken = true;
  worker?.terminate();
  worker = undefined;
  const left = [...waiting.values()].sort((a, b) => a.request.id - b.request.id);
  waiting.clear();
  let order: Promise<unknown> = Promise.resolve();
  for (const { request, resolve, reject } of left) {
    const { minuteId, text, keepBefore, correction } = request;
    order = order
      .then(() => saveTypedMinuteHere(minuteId, text, keepBefore, correction))
      .then(() => resolve(undefined), reject);
  }
}

function started(): Worker {
  if (worker) return worker;
  worker = listenToWorker<TypedMinuteAnswer>(
    new Worker(new URL('./typing.worker.ts', import.meta.url), { type: 'module', name: 'minute-typing' }),
    heard,
    fallBack,
  );
  return worker;
}

/**
 * Store a minute's text in the typing worker (typing.worker.ts). Resolves, once it is committed, to the time it
 * committed on the page's clock (performance.now()); rejects with the worker's refusal of signed minutes or its
 * failure, carrying the same message the page's own write would.
 *
 * @example const committedAt = await saveTypedMinuteInWorker({ minuteId, text });
 */
export function saveTypedMinuteInWorker(typed: Omit<TypedMinuteRequest, 'id'>): Promise<number | undefined> {
  sent += 1;
  const request: TypedMinuteRequest = { id: sent, ...typed };
  const stored = new Promise<number | undefined>((resolve, reject) => {
    waiting.set(request.id, { request, resolve, reject });
    started().postMessage(request);
  });
  unanswered.add(stored);
  const forget = () => unanswered.delete(stored);
  stored.then(forget, forget);
  return stored;
}

/**
 * Resolves once every key sent to the typing worker has been stored (or refused) and the page's clock has moved
 * past the stamps the worker wrote them with. A page write to a minute waits for this first: stamped before it,
 * it could carry a stamp below the worker's last key (the two threads keep clocks of their own), and on the
 * next sync the older text would win over the newer.
 *
 * @example await typedKeysStored(); // then write the minute on the page
 */
export function typedKeysStored(): Promise<void> {
  // A worker that hangs without failing must not hang the clerk's restore with it: wait so long, then go on.
  return waitAtMost(
    Promise.allSettled([...unanswered]).then(() => clockMoves),
    longestWaitForKeysMs,
  );
}

/** Start the worker ahead of the first key (its code loaded, ready), where it can start. */
export function preloadTypingWorker(): void {
  if (typingWorkerCanStart()) started();
}
