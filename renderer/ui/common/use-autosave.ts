import { useEffect, useRef, useState } from 'react';
import { WriteThrough } from './write-through';

/**
 * Store a field's value as the clerk types, exactly as the minute editor does: every change starts a write at
 * once (see WriteThrough), so nothing typed waits in memory for a pause in typing and a power cut loses at most
 * the last few milliseconds. The value the field started with is not written back.
 *
 * Returns the problem to show while a write is failing (Chamber keeps trying), or undefined.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<unknown>,
  /** What it writes to, for writesSettled (see WriteThrough). */
  key?: string,
): string | undefined {
  const saveRef = useRef(save);
  const writer = useRef<WriteThrough<T>>(undefined);
  const stored = useRef(value);
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  useEffect(() => {
    if (Object.is(value, stored.current)) return;
    stored.current = value;
    writer.current ??= new WriteThrough<T>(
      async (next) => {
        await saveRef.current(next);
      },
      setProblem,
      undefined,
      key,
    );
    writer.current.change(value);
  }, [value, key]);

  return problem;
}
