import { liveQuery } from 'dexie';
import equal from 'fast-deep-equal/es6';
import { useMemo, useSyncExternalStore } from 'react';
import { db } from '../../../db/database';
import type { Minute } from '../../../domain/model';

/** A minute as the sections beside its text read it: everything but the text, which the editor owns. */
export type MinuteFacts = Omit<Minute, 'text'>;

/** undefined while the first read is on its way; null once the minute is found not to exist. */
type Answer = MinuteFacts | null | undefined;

/** After the last section stops watching, the read stays live this long, for the next item or a quick return. */
const graceMs = 1000;

/**
 * One live read of a minute shared by every section of the live screen that needs its facts (running order,
 * motions withdrawn, whether it was heard in public). The minute's record is stored again at every keystroke,
 * so every live query that reads it runs again then: with each section reading it on its own, a key typed
 * cost a dozen reads, each queued in front of the next key's write, and a redraw of every section. Here it
 * costs one read, and a section is drawn again only when something other than the text has changed.
 */
class MinuteFactsWatch {
  private answer: Answer;
  private readonly listeners = new Set<() => void>();
  private running: { unsubscribe(): void } | undefined;
  private stopping: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly minuteId: string) {}

  readonly snapshot = (): Answer => this.answer;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    clearTimeout(this.stopping);
    this.running ??= liveQuery(async () => {
      const minute = await db.minutes.get(this.minuteId);
      if (!minute) return null;
      const facts: Partial<Minute> = { ...minute };
      delete facts.text;
      return facts as MinuteFacts;
    }).subscribe({
      next: (value) => {
        if (this.answer !== undefined && equal(this.answer, value)) return;
        this.answer = value;
        for (const notify of [...this.listeners]) notify();
      },
      // A failed read leaves the last facts on screen; the next change tries again.
      error: () => undefined,
    });
    return () => {
      if (this.listeners.delete(listener) && this.listeners.size === 0) this.stopLater();
    };
  };

  private stopLater(): void {
    clearTimeout(this.stopping);
    this.stopping = setTimeout(() => {
      if (this.listeners.size > 0) return;
      this.running?.unsubscribe();
      this.running = undefined;
      // Nobody watches: what was read may go stale, so the next watcher waits for a fresh read.
      this.answer = undefined;
    }, graceMs);
  }
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
