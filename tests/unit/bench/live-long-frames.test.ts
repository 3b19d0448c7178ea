import { describe, expect, it } from 'vitest';
import {
  describeLongFrames,
  longestCallbackGap,
  longestPageWork,
  typingFrames,
  type TypingRun,
} from '../../../bench/live-tools/long-frames';

/** Frames every 16.7 ms from 0 to 1000 ms but none from 484.3 to 601.2 ms; keys every 35 ms from 100 ms. */
function aRun(): TypingRun {
  const frameAt: number[] = [];
  for (let at = 0; at <= 1000; at += 16.7) if (at < 500 || at > 600) frameAt.push(at);
  const keys = Array.from({ length: 20 }, (_, n) => 100 + n * 35);
  return {
    keys,
    keyEvents: keys.map((key) => key - 1),
    stored: keys.map((key) => ({ coveredUpTo: key, startedAt: key + 1, committedAt: key + 12 })),
    frameAt,
    // The held-up frame's callback ran 30 ms after its begin time.
    ranAt: frameAt.map((at) => (at > 600 && at < 610 ? at + 30 : at + 1)),
    loafs: [
      {
        startTime: 495,
        duration: 110,
        renderStart: 600,
        styleAndLayoutStart: 601,
        blockingDuration: 60,
        scripts: [
          { invoker: 'DIV#root.oninput', sourceFunctionName: 'readDOMChange', duration: 90, startTime: 500 },
        ],
      },
    ],
    revisionsAt: [],
  };
}

describe('what the live minuting bench says about a long frame', () => {
  it('counts frames only while typing, from the first key to the last write stored', () => {
    const frames = typingFrames(aRun());
    expect(frames[0]?.end).toBeGreaterThanOrEqual(100);
    expect(frames.at(-1)?.start).toBeLessThanOrEqual(100 + 19 * 35 + 12 + 50);
  });

  it('names the long frame, the key it fell on, the writes in flight and the script that ran', () => {
    const lines = describeLongFrames(aRun()).join('\n');
    expect(lines).toMatch(/^Frame of 116\.9 ms at 0\.\d+ s \(key 12 of 20\)/);
    expect(lines).toContain('long animation frame');
    expect(lines).toContain('90.0 ms DIV#root.oninput readDOMChange');
  });

  it('says so when no frame is over 50 ms', () => {
    const run = { ...aRun(), frameAt: [0, 16.7, 33.4], ranAt: [1, 17.7, 34.4] };
    expect(describeLongFrames(run)).toEqual(['No frame over 50 ms while typing.']);
  });

  it('measures the wait between callbacks by when they ran, which can be longer than the frame times say', () => {
    expect(longestCallbackGap(aRun())).toBeCloseTo(631.2 - 485.3, 1);
  });

  it('tells the page’s own work in a long frame (its scripts and rendering) from the frame’s length', () => {
    // 90 ms of script and 5 ms of rendering (from renderStart at 600 to the frame’s end at 605).
    expect(longestPageWork(aRun())).toBeCloseTo(95);
  });
});
