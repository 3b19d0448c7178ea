import type { OpenedChamberFile } from '../../../../electron/shared/bridge';

/**
 * A .chamber file opened from the desktop waits here until the Import screen takes it: the file may arrive
 * before that screen is on show (double-clicking the file launches Chamber).
 */
let waiting: OpenedChamberFile | undefined;
const listeners = new Set<() => void>();

export function offerOpenedFile(file: OpenedChamberFile): void {
  waiting = file;
  for (const listener of listeners) listener();
}

export function takeOpenedFile(): OpenedChamberFile | undefined {
  const file = waiting;
  waiting = undefined;
  return file;
}

export function onOpenedFile(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
