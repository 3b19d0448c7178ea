import { useEffect, useState } from 'react';

/**
 * How many of a long list's rows to draw now: `slice` at first, then `slice` more in a task of its own after each
 * commit, until all `total` are drawn. Each slice is a short task (its commit, then the styles and layout of only
 * the rows new since the last frame) where drawing every row at once was one long one, during which the page
 * answered nothing and drew no frame. Rows already drawn stay; a list that grows is drawn on in slices too.
 *
 * @example const shown = useRowsInSlices(papers.length, 10); papers.slice(0, shown).map(...)
 */
export function useRowsInSlices(total: number, slice: number): number {
  const [shown, setShown] = useState(slice);
  useEffect(() => {
    if (shown >= total) return;
    // A task of its own, so the browser may draw a frame (and take a click) between two slices.
    const timer = setTimeout(() => setShown((drawn) => Math.min(total, drawn + slice)), 0);
    return () => clearTimeout(timer);
  }, [shown, total, slice]);
  return Math.min(shown, total);
}
