import { Dexie, type ObservabilitySet } from 'dexie';
import equal from 'fast-deep-equal/es6';
import { useMemo, useSyncExternalStore } from 'react';
import { db } from '../../../db/database';
import type { Minute } from '../../../domain/model';
import { changedOnlyMinuteText, touchesRecord } from '../../../db/text-only-commits';

/** A minute as the sections beside its text read it: everything but the text, which the editor owns. */
export type MinuteFacts = Omit<Minute, 'text'>;

/** undefined while the first read is on its way; null once the minute is found not to exist. */
type Answer = MinuteFacts | null | undefined;

/** After the last section stops watching, the read stays live this long, for the next item or a quick return. */
const graceMs = 1000;

/**
 * One live read of a minute shared by every section of the live screen that needs its facts (running order,
 * motions withdrawn, whether it was heard in public). The minute's record is stored again at every keystroke:
 * with each section reading it on its own, a key typed cost a dozen reads, each queued in front of the next
 * key's write, and a redraw of every section. Here a commit that changed only the minute's text (this window's
 * typing, see db/text-only-commits.ts) costs nothing; any other change to the minute, from anywhere, costs one
 * read, and a section is drawn again only when something other than the text has changed.
 */
class MinuteFactsWatch {
  private answer: Answer;
  private readonly listeners = new Set<() => void>();
  private watching = false;
  /** A read is on its way; `again` when the minute changed while it was, so it is read once more after. */
  private reading: { again: boolean } | undefined;
  private stopping: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly minuteId: string) {}

  readonly snapshot = (): Answer => this.answer;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    clearTimeout(this.stopping);
    if (!this.watching) {
      this.watching = true;
      Dexie.on.storagemutated.subscribe(this.changed);
      this.read();
    }
    return () => {
      if (this.listeners.delete(listener) && this.listeners.size === 0) this.stopLater();
    };
  };

  private readonly changed = (parts: ObservabilitySet): void => {
    if (changedOnlyMinuteText(parts) || !touchesRecord(parts, db.name, 'minutes', this.minuteId)) return;
    this.read();
  };

  private read(): void {
    if (this.reading) {
      this.reading.again = true;
      return;
    }
    const reading = { again: false };
    this.reading = reading;
    const done = () => {
      this.reading = undefined;
      if (reading.again && this.watching) this.read();
    };
    // Outside any transaction: a change is announced from within the committed transaction's own context.
    Dexie.ignoreTransaction(() => db.minutes.get(this.minuteId)).then(
      (minute) => {
        if (this.watching) this.take(minute ? factsOf(minute) : null);
        done();
      },
      // A failed read leaves the last facts on screen; the next change tries again.
      done,
    );
  }

  private take(value: MinuteFacts | null): void {
    if (this.answer !== undefined && equal(this.answer, value)) return;
    this.answer = value;
    for (const notify of [...this.listeners]) notify();
  }

  private stopLater(): void {
    clearTimeout(this.stopping);
    this.stopping = setTimeout(() => {
      if (this.listeners.size > 0) return;
      Dexie.on.storagemutated.unsubscribe(this.changed);
      this.watching = false;
      // Nobody watches: what was read may go stale, so the next watcher waits for a fresh read.
      this.answer = undefined;
    }, graceMs);
  }
}

function factsOf(minute: Minute): MinuteFacts {
  const facts: Partial<Minute> = { ...minute };
  delete facts.text;
  return facts as MinuteFacts;
}

/** One per minute opened in this window (a few hundred at most in a day), so every section shares it. */
const watches = new Map<string, MinuteFactsWatch>();

function watchOf(minuteId: string): MinuteFactsWatch {
  const found = watches.get(minuteId);
  if (found) return found;
  const made = new MinuteFactsWatch(minuteId);
  watches.set(minuteId, made);
  return made;
}

/**
 * The stored facts of a minute (all but its text), kept up to date, and the same object until one of them
 * changes: typing in the minute redraws nothing that reads them.
 *
 * @example const facts = useMinuteFacts(minute.id); // undefined while reading, null if it no longer exists
 */
export function useMinuteFacts(minuteId: string): Answer {
  const watch = useMemo(() => watchOf(minuteId), [minuteId]);
  return useSyncExternalStore(watch.subscribe, watch.snapshot);
}
