import type { App } from 'electron';
import { chamberFileInArguments } from './chamber-file';

export type Handover = {
  /** Bring the running window to the front. */
  focus(): void;
  /** Show the import preview for a .chamber file. */
  openChamberFile(path: string): void;
};

/**
 * One Chamber at a time: two copies writing the same IndexedDB would fight. Returns false when another copy
 * already runs; this one has then handed over its command line (and any .chamber file in it) and should quit.
 * macOS sends files as open-file events rather than arguments, to whichever copy is running.
 */
export function claimSingleInstance(app: App, handover: Handover): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv, workingDirectory) => {
    handover.focus();
    const file = chamberFileInArguments(argv.slice(1), workingDirectory);
    if (file !== undefined) handover.openChamberFile(file);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    handover.openChamberFile(path);
  });
  return true;
}
