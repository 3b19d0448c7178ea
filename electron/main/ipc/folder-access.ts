import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { BrowserWindow, OpenDialogOptions } from 'electron';
import { dialog } from 'electron';
import type { ChosenFolder, FolderEntry, FolderKind } from '../../shared/bridge';
import { ipcChannels } from '../../shared/ipc-channels';
import { writeFileAtomic } from '../atomic-write';
import { createApprovedFolders } from './approved-folders';
import { registerFolderChunks } from './folder-chunks';
import { checkFolderFile, checkFolderKind, checkFolderWrite } from './folder-validate';
import { handle } from './handle';
import { registerPublishingFolder } from './publishing-folder';
import { checkLocation, InvalidArgument, maxFileBytes } from './validate';

export type FolderPlaces = {
  /** The Backups folder beside the data: always usable, made when first asked for. */
  backups: string;
  /** Where main remembers the folders the clerk chose, so they are usable again after a restart. */
  approvedFolders?: string;
  /** Where main remembers the folders the clerk chose to publish into (publishing-folder.ts), kept apart. */
  approvedPublishingFolders?: string;
};

/**
 * The sync folder and the backups folder. The page names a folder by its path (it remembers the clerk's choice
 * in its own database), but main only touches folders the clerk chose in main's dialog, or the standard backups
 * folder, and only `.chamber` files in them: a page that went wrong cannot read or delete anything else.
 */
export function registerFolderAccess(window: () => BrowserWindow | undefined, places: FolderPlaces): void {
  const approved = createApprovedFolders(places.approvedFolders, [places.backups]);
  const publishing = createApprovedFolders(places.approvedPublishingFolders, []);

  const usable = (raw: unknown): string => {
    const location = resolve(checkLocation(raw));
    if (!approved.has(location)) {
      throw new InvalidArgument(
        `Chamber has not been given the folder ${location}. Choose it again on the Sync screen.`,
      );
    }
    return location;
  };

  handle(ipcChannels.chooseFolder, async (raw): Promise<ChosenFolder | undefined> => {
    const kind = checkFolderKind(raw);
    const options: OpenDialogOptions = {
      title: folderTitles[kind],
      buttonLabel: 'Use this folder',
      properties: ['openDirectory', 'createDirectory'],
      ...(kind === 'backups' ? { defaultPath: places.backups } : {}),
    };
    const owner = window();
    const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    const picked = choice.filePaths[0];
    if (choice.canceled || !picked) return undefined;
    const location = resolve(picked);
    // A publishing folder is allowed web pages and papers, never .chamber files; a sync folder the reverse.
    await (kind === 'publishing' ? publishing : approved).add(location);
    return { location, name: basename(location) };
  });

  handle(ipcChannels.defaultBackupsFolder, async (): Promise<ChosenFolder> => {
    await mkdir(places.backups, { recursive: true });
    return { location: resolve(places.backups), name: basename(places.backups) };
  });

  handle(ipcChannels.listFolder, async (raw): Promise<FolderEntry[]> => {
    const location = usable(raw);
    const entries = await reachable(location, () => readdir(location, { withFileTypes: true }));
    const files = entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
    const sized = await Promise.all(
      files.map(async (name) => ({ name, size: (await stat(join(location, name))).size })),
    );
    return sized.sort((a, b) => a.name.localeCompare(b.name));
  });

  handle(ipcChannels.readFolderFile, async (raw): Promise<Uint8Array> => {
    const request = checkFolderFile(raw);
    const file = join(usable(request.location), request.name);
    const { size } = await reachable(file, () => stat(file));
    if (size > maxFileBytes) {
      throw new Error(`"${request.name}" is ${size} bytes; Chamber reads files up to ${maxFileBytes} bytes.`);
    }
    return new Uint8Array(await readFile(file));
  });

  handle(ipcChannels.writeFolderFile, async (raw): Promise<void> => {
    const request = checkFolderWrite(raw);
    const location = usable(request.location);
    await reachable(location, () => stat(location));
    await writeFileAtomic(join(location, request.name), request.bytes);
  });

  registerFolderChunks(usable);
  registerPublishingFolder(publishing);

  handle(ipcChannels.removeFolderFile, async (raw): Promise<void> => {
    const request = checkFolderFile(raw);
    await rm(join(usable(request.location), request.name), { force: true });
  });
}

const folderTitles: Record<FolderKind, string> = {
  sync: 'Choose the sync folder',
  backups: 'Choose the backups folder',
  publishing: 'Choose the folder to publish the council’s pages into',
};

/** A USB stick pulled out or a share offline says so, instead of a bare ENOENT. */
async function reachable<T>(path: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `${path} cannot be found. If it is on a USB stick or a network share, check that it is connected.`,
      );
    }
    throw error;
  }
}
