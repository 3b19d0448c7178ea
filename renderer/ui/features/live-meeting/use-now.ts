import { useEffect, useState } from 'react';
import { clockTimeOf } from '../../../domain/en-gb';

/** The wall-clock time, refreshed every few seconds: for the clock on screen. */
export function useNow(intervalMs = 5000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** The time to stamp on something happening now, "18:02". */
export function stampNow(): string {
  return clockTimeOf(new Date());
}
