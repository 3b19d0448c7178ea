import type { ChamberBridge, PickedFile, SaveFileRequest } from '../../../electron/shared/bridge';

// happy-dom's Animation.cancel() rejects a promise nobody awaits when Fluent's message bars unmount; without the
// Web Animations API Fluent simply shows them at once, which is all these tests need.
if (typeof Element !== 'undefined') Element.prototype.animate = (() => null) as unknown as Element['animate'];

/** The desktop app's standard backups folder, in the fake. */
export const fakeBackupsLocation = '/fake/userData/Backups';

/**
 * A bridge that keeps what Chamber saves and hands over the files a test queues as if the clerk picked them.
 * With `desktop: true` it is the desktop app's bridge, folders included: `folders` holds each folder's files
 * by path (the standard backups folder is there from the start), `toChoose` queues the paths the clerk picks
 * in the folder dialog, and `logged` keeps the lines written to the error log.
 */
export function fakeBridge(options: { desktop?: boolean } = {}): {
  saved: SaveFileRequest[];
  toPick: PickedFile[][];
  folders: Map<string, Map<string, Uint8Array>>;
  toChoose: string[];
  logged: string[];
} {
  const saved: SaveFileRequest[] = [];
  const toPick: PickedFile[][] = [];
  const folders = new Map<string, Map<string, Uint8Array>>();
  const toChoose: string[] = [];
  const logged: string[] = [];
  const chamber: ChamberBridge = {
    appInfo: async () => ({
      shell: options.desktop ? 'electron' : 'browser',
      version: 'test',
      platform: 'test',
    }),
    saveFile: async (request) => {
      saved.push(request);
      return { saved: true, location: `Downloads/${request.suggestedName}` };
    },
    openFiles: async () => toPick.shift() ?? [],
    openWithSystem: async () => undefined,
    logError: async (message) => void logged.push(message),
    showInFolder: async () => undefined,
    onMenuCommand: () => () => undefined,
    onOpenChamberFile: () => () => undefined,
  };
  if (options.desktop) {
    folders.set(fakeBackupsLocation, new Map());
    const folder = (location: string) => {
      const files = folders.get(location);
      if (!files) throw new Error(`${location} cannot be found.`);
      return files;
    };
    Object.assign(chamber, {
      chooseFolder: async () => {
        const location = toChoose.shift();
        if (!location) return undefined;
        if (!folders.has(location)) folders.set(location, new Map());
        return { location, name: location.split('/').pop() ?? location };
      },
      defaultBackupsFolder: async () => ({ location: fakeBackupsLocation, name: 'Backups' }),
      listFolder: async (location) =>
        [...folder(location)]
          .map(([name, bytes]) => ({ name, size: bytes.byteLength }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      readFolderFile: async ({ location, name }) => {
        const bytes = folder(location).get(name);
        if (!bytes) throw new Error(`${name} is not in ${location}.`);
        return bytes;
      },
      writeFolderFile: async ({ location, name, bytes }) => void folder(location).set(name, bytes),
      removeFolderFile: async ({ location, name }) => void folder(location).delete(name),
    } satisfies Partial<ChamberBridge>);
  }
  window.chamber = chamber;
  return { saved, toPick, folders, toChoose, logged };
}
