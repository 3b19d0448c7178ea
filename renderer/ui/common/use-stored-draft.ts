import { useCallback, useEffect, useRef, useState } from 'react';
import { keepDraft, readDraft } from '../../db/repositories/drafts';
import { WriteThrough } from './write-through';

type Job = { key: string; value: unknown };

/**
 * The last write of each draft, wherever it came from: a form that opens reads its draft only after it, so a
 * form that remounts the moment it is sent (a new phrase) never reads back what it has just forgotten.
 */
const lastWrites = new Map<string, Promise<void>>();

function write(job: Job): Promise<void> {
  const done = keepDraft(job.key, job.value);
  const settled = done.catch(() => undefined);
  lastWrites.set(job.key, settled);
  void settled.then(() => {
    if (lastWrites.get(job.key) === settled) lastWrites.delete(job.key);
  });
  return done;
}

async function read<T>(key: string): Promise<T | undefined> {
  await lastWrites.get(key);
  return readDraft<T>(key);
}

/**
 * A form's state kept on disk as it is typed (see WriteThrough), so a half-typed motion or action survives a
 * power cut, a reload or leaving the screen. The stored draft comes back when the form opens, unless the clerk
 * has already started typing. `clear` forgets the draft and empties the form (call it once the form is sent).
 *
 * @example
 *   const [draft, setDraft, clear] = useStoredDraft(`motion/${minuteId}`, blank);
 */
export function useStoredDraft<T>(
  key: string,
  blank: T,
): [
  draft: T,
  setDraft: (next: T) => void,
  clear: (keep?: T) => void,
  problem: string | undefined,
  /** True when the form shows a draft kept from before (the clerk left, or Chamber closed, without sending it). */
  restored: boolean,
] {
  const [draft, setDraftState] = useState<T>(blank);
  const [restored, setRestored] = useState(false);
  const [problem, setProblem] = useState<string>();
  const touched = useRef(false);
  const writer = useRef<WriteThrough<Job>>(undefined);

  useEffect(() => {
    let current = true;
    touched.current = false;
    void read<T>(key).then((stored) => {
      if (current && stored !== undefined && !touched.current) {
        setDraftState(stored);
        setRestored(true);
      }
    });
    return () => {
      current = false;
    };
  }, [key]);

  const store = useCallback(
    (value: unknown) => {
      writer.current ??= new WriteThrough<Job>(write, setProblem);
      writer.current.change({ key, value });
    },
    [key],
  );
  const setDraft = useCallback(
    (next: T) => {
      touched.current = true;
      setDraftState(next);
      store(next);
    },
    [store],
  );
  /** Forget the kept draft; the form shows `keep` (what was just saved, say) or the blank form. */
  const clear = useCallback(
    (keep?: T) => {
      touched.current = true;
      setDraftState(keep ?? blank);
      setRestored(false);
      store(undefined);
    },
    [blank, store],
  );
  return [draft, setDraft, clear, problem, restored];
}
