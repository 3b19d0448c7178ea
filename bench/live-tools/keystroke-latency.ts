/**
 * Keystroke to durable, worked out from what a page recorded while typing, and split into where the time goes.
 *
 * The clock starts in the page, in a keydown listener on the window (capture phase, so before any of the page's
 * own handlers), and stops at the IndexedDB transaction's complete event of the first write that covers the key.
 * The keydown event's own timeStamp is earlier: it is when the browser received the key, so the gap from it to
 * the listener is the key's wait for the page's main thread (input routing). Both figures are printed.
 */
import type { StoredNotice } from './long-frames';

/** Keys (listener time), the same keys' event timeStamps, and the writes committed (page times, ms). */
export type KeyedRun = { keys: number[]; keyEvents: number[]; stored: StoredNotice[] };

/** For each key, the first write that covers it (its text includes the key), or undefined if none was stored. */
function coveringWrites(run: KeyedRun): (StoredNotice | undefined)[] {
  return run.keys.map((key) => run.stored.find((notice) => notice.coveredUpTo >= key));
}

/** Keystroke to durable for every key, from the keydown listener or from the event's own timeStamp. */
export function keystrokeLatencies(run: KeyedRun, from: 'listener' | 'event' = 'listener'): number[] {
  const writes = coveringWrites(run);
  return run.keys.map((key, n) => {
    const write = writes[n];
    const start = from === 'event' ? (run.keyEvents[n] ?? key) : key;
    return write ? write.committedAt - start : Infinity;
  });
}

/**
 * Where a key's time goes, for the keys typed while no write was in flight (a key typed during a write waits
 * for it, and the split would count that wait as the page's work): the key's wait for the main thread, the
 * page's work from the keydown to the write begun, and the write from begun to complete.
 */
export function keystrokeSplit(run: KeyedRun): { routing: number[]; toWrite: number[]; write: number[] } {
  const writes = coveringWrites(run);
  const split = { routing: [] as number[], toWrite: [] as number[], write: [] as number[] };
  run.keys.forEach((key, n) => {
    const write = writes[n];
    const busy = run.stored.some((notice) => notice.startedAt < key && notice.committedAt > key);
    if (!write || busy) return;
    const event = run.keyEvents[n];
    if (event !== undefined) split.routing.push(key - event);
    split.toWrite.push(write.startedAt - key);
    split.write.push(write.committedAt - write.startedAt);
  });
  return split;
}

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** One line per page: the p50 of each part of the split and of the whole, from the listener and the event. */
export function describeSplit(pages: { name: string; run: KeyedRun }[]): string[] {
  const lines = [
    'Keystroke to durable, where the time goes (p50 of the keys typed while no write was in flight)',
    '  page            key waits for the page  keydown to write begun  write begun to complete   keydown to complete  event timeStamp to complete',
  ];
  for (const { name, run } of pages) {
    const split = keystrokeSplit(run);
    const cells = [
      percentile(split.routing, 50),
      percentile(split.toWrite, 50),
      percentile(split.write, 50),
      percentile(keystrokeLatencies(run), 50),
      percentile(keystrokeLatencies(run, 'event'), 50),
    ].map((value) => ms(value).padStart(22));
    lines.push(`  ${name.padEnd(12)}${cells.join(' ')}   (${split.write.length} of ${run.keys.length} keys)`);
  }
  return lines;
}
