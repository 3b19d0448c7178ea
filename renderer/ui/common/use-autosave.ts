import { useEffect, useRef } from 'react';

/**
 * Save a value shortly after the clerk stops typing, and at once when the field is left or the screen closes,
 * so nothing typed waits long in memory. Saves run one at a time, in order.
 */
export function useAutosave<T>(value: T, save: (value: T) => Promise<void>, delayMs = 150): void {
  const latest = useRef(value);
  const saved = useRef(value);
  const saveRef = useRef(save);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  useEffect(() => {
    const flush = () => {
      clearTimeout(timer.current);
      const pending = latest.current;
      if (pending === saved.current) return;
      saved.current = pending;
      queue.current = queue.current.then(() => saveRef.current(pending)).catch(() => undefined);
    };
    latest.current = value;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, delayMs);
    return () => {
      clearTimeout(timer.current);
    };
  }, [value, delayMs]);

  useEffect(() => {
    const flushNow = () => {
      const pending = latest.current;
      if (pending === saved.current) return;
      saved.current = pending;
      queue.current = queue.current.then(() => saveRef.current(pending)).catch(() => undefined);
    };
    window.addEventListener('pagehide', flushNow);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      flushNow();
    };
  }, []);
}
