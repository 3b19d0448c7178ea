import { Dexie, type ObservabilitySet } from 'dexie';
import { db } from '../database';

/** While the clerk types, the open index catches up at most this often, not at every stored keystroke. */
export const catchUpEveryMs = 1000;

/**
 * Call `catchUp` a moment after the change log moves (in this window or another), once for a burst of
 * changes. Dexie's mutation event says which tables a committed transaction touched, so watching costs no read:
 * a live query of the log's last entry would run an IndexedDB read after every stored keystroke, queued with
 * the live minutes' own writes, and the index would re-read the minute each time. Returns how to stop.
 */
export function watchChangeLog(catchUp: () => void): () => void {
  const changesPart = `idb://${db.name}/${db.changes.name}/`;
  let waiting: ReturnType<typeof setTimeout> | undefined;
  const listener = (parts: ObservabilitySet) => {
    if (waiting !== undefined || !Object.keys(parts).some((part) => part.startsWith(changesPart))) return;
    waiting = setTimeout(() => {
      waiting = undefined;
      catchUp();
    }, catchUpEveryMs);
  };
  Dexie.on('storagemutated', listener);
  return () => {
    clearTimeout(waiting);
    Dexie.on.storagemutated.unsubscribe(listener);
  };
}
