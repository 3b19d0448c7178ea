import { describe, expect, it } from 'vitest';
import {
  keystrokeLatencies,
  keystrokeSplit,
  type KeyedRun,
} from '../../../bench/live-tools/keystroke-latency';

/**
 * Three keys at 100, 135 and 170 ms, each received by the browser 0.5 ms before the page's listener ran, each
 * stored by a write of its own: begun 2, 5 and 2 ms after the key, committed 10, 10 and 8 ms later.
 */
function aRun(): KeyedRun {
  return {
    keys: [100, 135, 170],
    keyEvents: [99.5, 134.5, 169.5],
    stored: [
      { coveredUpTo: 102, startedAt: 102, committedAt: 112 },
      { coveredUpTo: 137, startedAt: 140, committedAt: 150 },
      { coveredUpTo: 172, startedAt: 172, committedAt: 180 },
    ],
  };
}

describe('keystroke to durable in the live-minuting bench', () => {
  it('runs from the keydown listener, or from the event timeStamp, to the first write that covers the key', () => {
    expect(keystrokeLatencies(aRun())).toEqual([12, 15, 10]);
    expect(keystrokeLatencies(aRun(), 'event')).toEqual([12.5, 15.5, 10.5]);
  });

  it('counts a key no write covered as never stored', () => {
    const run = aRun();
    run.stored.pop();
    expect(keystrokeLatencies(run)[2]).toBe(Infinity);
  });

  it('splits a key into its wait for the page, the page work to the write, and the write', () => {
    expect(keystrokeSplit(aRun())).toEqual({
      routing: [0.5, 0.5, 0.5],
      toWrite: [2, 5, 2],
      write: [10, 10, 8],
    });
  });

  it('leaves out of the split a key typed while a write was in flight', () => {
    const run = aRun();
    // The first write commits only at 140 ms: the second key's write waited for it.
    run.stored[0] = { coveredUpTo: 102, startedAt: 102, committedAt: 140 };
    expect(keystrokeSplit(run).write).toEqual([38, 8]);
  });
});
