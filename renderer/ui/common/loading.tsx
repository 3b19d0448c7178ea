import { Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

/** Reads that answer within this long show no spinner at all: one that flashes up and away is only noise. */
const quietMs = 300;

/**
 * What the clerk sees while a read is under way. Nothing for the first few hundred milliseconds (most reads
 * answer well within that, and a spinner drawn for one frame is a flicker), then a spinner that says what is
 * loading, read out by screen readers.
 */
export function Loading({ what }: { what: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), quietMs);
    return () => clearTimeout(timer);
  }, []);
  return shown ? <Spinner label={`Loading ${what}...`} /> : null;
}
