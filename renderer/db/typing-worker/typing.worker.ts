import { db } from '../database';
import { loadedClock } from '../device';
import { formatStamp } from '../../domain/hybrid-clock';
import { saveTypedMinuteHere } from '../repositories/typed-minute';
import { SignedMinutesRefused } from '../repositories/signed-minutes';
import type { TypedMinuteAnswer, TypedMinuteRequest } from './messages';

/**
 * The typing worker: stores a minute's text at every keystroke, with the very write the page made
 * (typed-minute.ts: the same transaction, checks, gate stamps and retry). The page's thread draws the key
 * while the write's checks are answered; here nothing waits behind a frame, so the transaction commits as
 * soon as IndexedDB has answered. Writes are made one after another, in the order they were sent, so a
 * later text is never overwritten by an earlier one.
 */
let queue: Promise<void> = Promise.resolve();

function answer(message: TypedMinuteAnswer): void {
  self.postMessage(message);
}

async function store(request: TypedMinuteRequest): Promise<void> {
  const { id, minuteId, text, keepBefore, correction } = request;
  try {
    await saveTypedMinuteHere(minuteId, text, keepBefore, correction, { freshClock: true });
    const committedAt = performance.timeOrigin + performance.now();
    const clock = loadedClock(db);
    answer({ id, outcome: 'done', committedAt, stamp: clock && formatStamp(clock) });
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    const outcome = error instanceof SignedMinutesRefused ? 'refused' : 'failed';
    answer({ id, outcome, name: failure.name, message: failure.message });
  }
}

self.addEventListener('message', (event: MessageEvent<TypedMinuteRequest>) => {
  const request = event.data;
  if (typeof request?.minuteId !== 'string') return;
  queue = queue.then(() => store(request));
});
