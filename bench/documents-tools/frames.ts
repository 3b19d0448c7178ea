import type { Page } from 'playwright-core';

/** The longest gaps between frames the page itself drew, with nothing to do and beside a busy worker. */
export type FrameFloor = { idleMs: number; busyWorkerMs: number };

/**
 * What the machine lets the page draw before anything is asked of it: the longest gap between two frames over
 * `ms` with the page idle, then over `ms` more while a plain worker of the same page does nothing but count (as
 * the pack's worker keeps a core busy). The fastest raw way to keep frames coming: on a loaded 2-core machine a
 * page's frames wait for a core whatever it does, and a document's longest frame is to be read beside these.
 */
export async function frameFloor(page: Page, ms = 3_000): Promise<FrameFloor> {
  await page.bringToFront();
  // tsx keeps function names with a helper the page does not have; give it one.
  await page.evaluate('globalThis.__name = globalThis.__name || ((fn) => fn)');
  return page.evaluate(async (duration) => {
    const longestFrame = (): Promise<number> =>
      new Promise((resolve) => {
        let last = performance.now();
        const end = last + duration;
        let longest = 0;
        const frame = (now: number): void => {
          longest = Math.max(longest, now - last);
          last = now;
          if (now < end) requestAnimationFrame(frame);
          else resolve(longest);
        };
        requestAnimationFrame(frame);
      });
    const idleMs = await longestFrame();
    const spin = `onmessage = (event) => { const end = Date.now() + event.data; let n = 0; while (Date.now() < end) n += 1; postMessage(n); };`;
    const url = URL.createObjectURL(new Blob([spin], { type: 'text/javascript' }));
    const worker = new Worker(url);
    worker.postMessage(duration + 500);
    const busyWorkerMs = await longestFrame();
    worker.terminate();
    URL.revokeObjectURL(url);
    return { idleMs, busyWorkerMs };
  }, ms);
}
