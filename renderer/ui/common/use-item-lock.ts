import { useEffect, useState } from 'react';

/**
 * Who may write an item's minute: this window, or another Chamber window (or tab) that has it open. Two windows
 * typing into one minute each kept their own copy and wrote it over the other's, so the second window's words
 * were lost without a trace. The browser's own Web Locks (shared by every window of this profile, released when
 * a window closes or crashes) let one window hold the item; the other shows it read-only, live, and takes over
 * the moment the first lets go.
 *
 * `turn` counts the times this window has taken the item, so the fields re-read what the other window stored.
 */
/** How long a lock may take to pass from one screen of this window to the next. */
const handOverMs = 500;

export type ItemLock = { state: 'waiting' | 'mine' | 'elsewhere'; turn: number };

export function useItemLock(itemId: string): ItemLock {
  // Without Web Locks (a test's stand-in browser) there is no other window to guard against.
  const [lock, setLock] = useState<ItemLock>(() =>
    webLocks() ? { state: 'waiting', turn: 0 } : { state: 'mine', turn: 1 },
  );
  useEffect(() => {
    const locks = webLocks();
    if (!locks) return;
    const name = `chamber/agenda-item/${itemId}`;
    const leave = new AbortController();
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const hold = async () => {
      granted = true;
      clearTimeout(patience);
      setLock((last) => ({ state: 'mine', turn: last.turn + 1 }));
      await held;
    };
    // Wait in line: when the other window closes or moves on, this one takes the item. Only a lock still held
    // after a moment is another window's: moving between screens of this window hands the lock from the screen
    // left to the screen opened, and "open in another window" must not flash up meanwhile.
    let granted = false;
    const patience = setTimeout(() => {
      if (!granted) setLock((last) => ({ ...last, state: 'elsewhere' }));
    }, handOverMs);
    locks.request(name, { signal: leave.signal }, hold).catch(() => undefined);
    return () => {
      clearTimeout(patience);
      release();
      leave.abort();
    };
  }, [itemId]);
  return lock;
}

function webLocks(): LockManager | undefined {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;
}
