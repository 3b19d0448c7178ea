import { useSyncExternalStore } from 'react';

/**
 * Destructive acts a clerk can take back for the rest of the session: removing an agenda item with its papers,
 * closing a meeting. Each screen offers its own (`scope`, e.g. the meeting), newest last; an undo runs once.
 */
export type Undoable = { id: number; scope: string; what: string; undo: () => Promise<unknown> };

let offered: readonly Undoable[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: readonly Undoable[]): void {
  offered = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Offer to take an act back: `what` says what was done, in the clerk's words ("Item 7 removed"). */
export function offerUndo(entry: Omit<Undoable, 'id'>): void {
  publish([...offered, { ...entry, id: nextId++ }]);
}

/** Take an act back. It leaves the list first, so a double press cannot run it twice; a failure puts it back. */
export async function takeBack(entry: Undoable): Promise<void> {
  if (!offered.includes(entry)) return;
  publish(offered.filter((other) => other !== entry));
  try {
    await entry.undo();
  } catch (error) {
    publish([...offered, entry]);
    throw error;
  }
}

/** The acts on this screen that can still be taken back, oldest first. */
export function useUndoable(scope: string): Undoable[] {
  const all = useSyncExternalStore(subscribe, () => offered);
  return all.filter((entry) => entry.scope === scope);
}
