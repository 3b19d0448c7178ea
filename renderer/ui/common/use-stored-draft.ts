import { useCallback, useEffect, useRef, useState } from 'react';
import { keepDraft, readDraft } from '../../db/repositories/drafts';
import { withEarlyKeys } from './early-keys';
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

/** Set by `clear` before the kept draft was read: the form was sent, and the old draft must not come back. */
const cleared = Symbol('cleared');

/**
 * A form's state kept on disk as it is typed (see WriteThrough), so a half-typed motion or action survives a
 * power cut, a reload or leaving the screen. The stored draft comes back when the form opens. Keys the clerk types
 * before it has been read back (a loaded laptop, a quick switch between items) are added to it, never put in its
 * place: nothing is written under the key until the kept draft has been read. When the key changes (another
 * item), the form empties at once and then shows that key's own draft, so one item's words never show, or are
 * stored, under another. `clear` forgets the draft and empties the form (call it once the form is sent).
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
  const [shownKey, setShownKey] = useState(key);
  const [restored, setRestored] = useState(false);
  const [problem, setProblem] = useState<string>();
  if (shownKey !== key) {
    // Another record's form in the same place: empty it before anything is drawn, as a new form would be.
    setShownKey(key);
    setDraftState(blank);
    setRestored(false);
  }
  /** The key whose kept draft has been read: writes wait for it. */
  const readKey = useRef<string>(undefined);
  /** What the clerk typed (or sent) before the kept draft was read. */
  const early = useRef<T | typeof cleared>(undefined);
  const writer = useRef<WriteThrough<Job>>(undefined);

  const store = useCallback(
    (value: unknown) => {
      writer.current ??= new WriteThrough<Job>(write, setProblem);
      writer.current.change({ key, value });
    },
    [key],
  );

  useEffect(() => {
    let current = true;
    readKey.current = undefined;
    early.current = undefined;
    void read<T>(key).then((kept) => {
      if (!current) return;
      readKey.current = key;
      const typed = early.current;
      early.current = undefined;
      if (typed === cleared) {
        if (kept !== undefined) store(undefined);
        return;
      }
      if (kept === undefined) {
        if (typed !== undefined) store(typed);
        return;
      }
      const shown = typed === undefined ? kept : withEarlyKeys(kept, typed, blank);
      setDraftState(shown);
      setRestored(true);
      if (typed !== undefined) store(shown);
    });
    return () => {
      current = false;
    };
    // `blank` is the form's empty state, often a new object each render: only a new key reads a draft again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, store]);

  const setDraft = useCallback(
    (next: T) => {
      setDraftState(next);
      if (readKey.current === key) store(next);
      else early.current = next;
    },
    [key, store],
  );
  /** Forget the kept draft; the form shows `keep` (what was just saved, say) or the blank form. */
  const clear = useCallback(
    (keep?: T) => {
      setDraftState(keep ?? blank);
      setRestored(false);
      if (readKey.current === key) store(undefined);
      else early.current = cleared;
    },
    [blank, key, store],
  );
  return [draft, setDraft, clear, problem, restored];
}
