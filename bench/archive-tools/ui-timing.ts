import type { Page } from 'playwright-core';

/**
 * Milliseconds from a route change in the running app to the given text being in the page: the app's read,
 * React's render and commit, measured inside the page with a MutationObserver (no polling delay).
 */
export function timeToText(page: Page, hash: string, text: string): Promise<number> {
  return page.evaluate(
    ([target, wanted]) =>
      new Promise<number>((resolve, reject) => {
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (document.body.textContent?.includes(wanted)) {
            observer.disconnect();
            const shownAt = performance.now();
            // Marks for a trace of the open (bench/archive-tools/trace-summary.ts); after the time is taken.
            performance.mark('timeToText start', { startTime: started });
            performance.mark('timeToText end', { startTime: shownAt });
            resolve(shownAt - started);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        setTimeout(() => reject(new Error(`"${wanted}" did not appear within 10 s`)), 10_000);
        location.hash = target;
      }),
    [hash, text] as const,
  );
}

/**
 * Scroll an element from top to bottom a screenful per frame and time every animation frame: the longest is
 * what a clerk would feel as a stutter. Plain JavaScript text: the TypeScript runner would wrap named inner
 * functions in a helper the page does not have.
 */
const scrollScript = `(css) => new Promise((resolve, reject) => {
  const scroller = document.querySelector(css);
  if (!scroller) return reject(new Error('Nothing to scroll: ' + css));
  let first = 0, last = 0, longest = 0, count = 0, at = 0, after = 0;
  const step = (now) => {
    if (now - last > longest) {
      longest = now - last;
      at = count;
      after = last - first;
    }
    last = now;
    count += 1;
    const end = scroller.scrollHeight - scroller.clientHeight;
    if (scroller.scrollTop >= end || count > 2000) return resolve({ longest, count, at, after });
    scroller.scrollTop = Math.min(end, scroller.scrollTop + scroller.clientHeight);
    requestAnimationFrame(step);
  };
  requestAnimationFrame((now) => { first = last = now; requestAnimationFrame(step); });
})`;

/** The longest frame, how many there were, and which one it was (`at`, from 0; `after` ms from the start). */
export type ScrollFrames = { longest: number; count: number; at: number; after: number };

export function scrollFrames(page: Page, selector: string): Promise<ScrollFrames> {
  return page.evaluate<ScrollFrames>(`(${scrollScript})(${JSON.stringify(selector)})`);
}
