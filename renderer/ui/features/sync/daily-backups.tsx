import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { bridge } from '../../../platform/bridge';
import { scheduleDailyBackups } from '../../../sync/folder/backup-schedule';
import { rememberedFolder } from './folder-handles';

/** How long after the last key press the clerk counts as not typing. */
const typingPauseMs = 60 * 1000;

/**
 * Makes the daily backup while Chamber is open: at start, then hourly, whenever none was made in the last
 * 24 hours. It waits for an idle moment, and never runs while the clerk is typing or has a meeting open for
 * live minuting, so a backup's long read of the database never holds up a minute being saved. Renders nothing;
 * problems go to the Backups panel and the error log, never to a dialog.
 */
export function DailyBackups() {
  const { pathname } = useLocation();
  const live = useRef(false);
  useEffect(() => {
    live.current = /^\/meetings\/[^/]+\/live/.test(pathname);
  }, [pathname]);
  useEffect(() => {
    let lastKey = 0;
    const typed = () => {
      lastKey = Date.now();
    };
    window.addEventListener('keydown', typed, { capture: true, passive: true });
    const schedule = scheduleDailyBackups({
      target: async () => {
        const remembered = await rememberedFolder('backups');
        // A browser folder waiting for the clerk's permission is left until they allow it on the Sync screen.
        return remembered.state === 'ready' ? remembered.usable : undefined;
      },
      isQuiet: () => !live.current && Date.now() - lastKey > typingPauseMs,
      whenIdle,
      log: (message) => void bridge().logError(message),
    });
    return () => {
      schedule.stop();
      window.removeEventListener('keydown', typed, { capture: true });
    };
  }, []);
  return null;
}

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 10 * 60 * 1000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(run, 5000);
  return () => clearTimeout(id);
}
