import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PackProgress } from '../../../../../renderer/documents/agenda-pack';
import { throttledProgress } from '../../../../../renderer/ui/features/documents/use-document-build';

const step = (done: number): PackProgress => ({ done, total: 120, stage: 'mergingReports' });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('throttledProgress', () => {
  it('shows the first step at once, then the latest of a burst at most ten times a second', () => {
    const shown: number[] = [];
    const progress = throttledProgress((latest) => shown.push(latest.done), 100);
    progress.onProgress(step(0));
    expect(shown).toEqual([0]);
    // A hundred reports merged in a burst, a step every 2 ms.
    for (let done = 1; done <= 100; done += 1) {
      progress.onProgress(step(done));
      vi.advanceTimersByTime(2);
    }
    vi.advanceTimersByTime(100);
    expect(shown.length).toBeLessThanOrEqual(4);
    expect(shown.at(-1)).toBe(100);
  });

  it('shows a new stage at once, such as writing the file after the last step of the pack', () => {
    const shown: string[] = [];
    const progress = throttledProgress((latest) => shown.push(latest.stage), 100);
    progress.onProgress(step(0));
    progress.onProgress(step(1));
    progress.onProgress({ done: 120, total: 121, stage: 'writingFile' });
    expect(shown).toEqual(['mergingReports', 'writingFile']);
  });

  it('shows nothing more once the build is over', () => {
    const shown: number[] = [];
    const progress = throttledProgress((latest) => shown.push(latest.done), 100);
    progress.onProgress(step(0));
    progress.onProgress(step(1));
    progress.stop();
    vi.advanceTimersByTime(500);
    expect(shown).toEqual([0]);
  });
});
