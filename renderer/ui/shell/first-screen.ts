import { useEffect, useState } from 'react';

/**
 * The moment the first screen a clerk opened Chamber to see has its content on screen (not a spinner).
 * Work that screen does not need (the backup scheduler, preloading the meeting screen's code, the committee's
 * membership panel) waits for it, so it never competes with the first screen for the processor or IndexedDB.
 *
 * A screen that never says so (one added later, one that failed) releases the waiting work after
 * `fallbackMs`, so nothing waits for ever.
 */
const fallbackMs = 4000;

let shown = false;
/** True once the waiting work may start. */
let released = false;
let release: () => void = () => undefined;
const firstScreen = new Promise<void>((resolve) => {
  release = () => {
    released = true;
    resolve();
  };
});

/** Said by a screen once its own content is in the page. Only the first call counts. */
export function firstScreenShown(): void {
  if (shown) return;
  shown = true;
  // What waits starts after the next frame is drawn, so the content is on screen before any of it runs.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(release, 0));
  else release();
}

/** Resolves once the first screen is shown (or the fallback time has passed). */
export function afterFirstScreen(): Promise<void> {
  if (released) return Promise.resolve();
  return Promise.race([firstScreen, new Promise<void>((resolve) => setTimeout(resolve, fallbackMs))]);
}

/** `work` once the first screen is shown and the browser then has an idle moment; cancelled on unmount. */
export function whenFirstScreenIdle(work: () => void): () => void {
  let current = true;
  let cancelIdle = () => undefined as void;
  void afterFirstScreen().then(() => {
    if (!current) return;
    if (typeof requestIdleCallback !== 'function') {
      const handle = setTimeout(work, 200);
      cancelIdle = () => clearTimeout(handle);
      return;
    }
    const handle = requestIdleCallback(work, { timeout: 3000 });
    cancelIdle = () => cancelIdleCallback(handle);
  });
  return () => {
    current = false;
    cancelIdle();
  };
}

/** For a component: says the first screen is shown once `ready` is true. */
export function useFirstScreenShown(ready: boolean): void {
  useEffect(() => {
    if (ready) firstScreenShown();
  }, [ready]);
}

/** For a component: false until the first screen is shown, then true (for parts that can come a moment later). */
export function useAfterFirstScreen(): boolean {
  const [after, setAfter] = useState(released);
  useEffect(() => {
    if (after) return;
    let current = true;
    void afterFirstScreen().then(() => current && setAfter(true));
    return () => {
      current = false;
    };
  }, [after]);
  return after;
}
