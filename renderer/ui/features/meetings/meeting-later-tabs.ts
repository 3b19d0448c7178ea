import { useEffect } from 'react';
import { lazyPage } from '../../shell/lazy-page';

/**
 * The meeting's Minutes and Papers tabs, whose code loads apart from the meeting screen's: the minutes bring the
 * rich-text editor, the papers the Word and PDF builders and publishing, together over a megabyte of script
 * the first open of a meeting after a start waited for although it shows the agenda. Each is drawn at once
 * when its code has arrived (shell/lazy-page.tsx), which the page asks for at idle once it is on screen.
 */
export const MinutesTab = lazyPage(() => import('./minutes-tab'), 'MinutesTab');
export const PapersTab = lazyPage(() => import('../documents/papers-tab'), 'PapersTab');

/**
 * Once the meeting is on screen, fetch the code the clerk's next press may need (the tabs above and the
 * minutes document's builders, started and warmed in their worker) when the browser is next idle: after the first open, not before it, so the
 * first press of a tab or of "Save minutes" does not wait for it either.
 */
export function usePrefetchWhenIdle(onScreen: boolean): void {
  useEffect(() => {
    if (!onScreen) return;
    const fetchAll = () => {
      MinutesTab.preload();
      PapersTab.preload();
      void import('../documents/meeting-documents').catch(() => undefined);
      // The minutes worker starts and warms its builders now, while the clerk reads the meeting, so the first
      // "Save the minutes" is as quick as the next (db/minutes-worker/warm-up.ts).
      void import('../../../db/minutes-worker')
        .then((worker) => worker.preloadMinutesWorker())
        .catch(() => undefined);
    };
    if (typeof requestIdleCallback !== 'function') {
      const handle = setTimeout(fetchAll, 200);
      return () => clearTimeout(handle);
    }
    const handle = requestIdleCallback(fetchAll, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, [onScreen]);
}
