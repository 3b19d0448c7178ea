import { join } from 'node:path';
import type { App } from 'electron';

/**
 * Where Chamber keeps things on the laptop. The data itself is IndexedDB inside the app's profile (userData):
 *   Windows  %APPDATA%\Chamber            macOS  ~/Library/Application Support/Chamber
 *   Linux    ~/.config/Chamber
 * with the Backups folder beside it and the error log in the system's log folder for apps.
 */
export type ChamberFolders = {
  data: string;
  backups: string;
  /** The folders the clerk chose for sync and backups (main uses no others). */
  approvedFolders: string;
  /** The folders the clerk chose to publish the council's pages into. */
  approvedPublishingFolders: string;
  logs: string;
  documents: string;
  temp: string;
  windowState: string;
  renderer: string;
  preload: string;
  dictionaries: string;
};

/** `here` is the folder of the bundled main.cjs (dist/electron), beside preload.cjs and ../renderer. */
export function chamberFolders(app: App, here: string, resources: string): ChamberFolders {
  const data = app.getPath('userData');
  return {
    data,
    backups: join(data, 'Backups'),
    approvedFolders: join(data, 'folders.json'),
    approvedPublishingFolders: join(data, 'publishing-folders.json'),
    logs: app.getPath('logs'),
    documents: app.getPath('documents'),
    temp: join(app.getPath('temp'), 'Chamber'),
    windowState: join(data, 'window-state.json'),
    renderer: join(here, '..', 'renderer'),
    preload: join(here, 'preload.cjs'),
    dictionaries: join(resources, 'dictionaries'),
  };
}
