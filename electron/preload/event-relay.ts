import type { Unsubscribe } from '../shared/bridge';

/**
 * Passes events from main to the page's listeners. With keepUntilHeard, events that arrive while nobody listens
 * yet (a .chamber file double-clicked to start Chamber arrives before the app has drawn its first screen) wait
 * and go to the first listener, so nothing the clerk opened is dropped. Menu commands are not kept: a stale
 * "New meeting" replayed later would surprise.
 */
export function createEventRelay<T>(keepUntilHeard: boolean) {
  const listeners = new Set<(value: T) => void>();
  const waiting: T[] = [];
  return {
    emit(value: T): void {
      if (listeners.size === 0 && keepUntilHeard) waiting.push(value);
      for (const listener of listeners) listener(value);
    },
    subscribe(listener: (value: T) => void): Unsubscribe {
      listeners.add(listener);
      for (const value of waiting.splice(0)) listener(value);
      return () => listeners.delete(listener);
    },
  };
}
