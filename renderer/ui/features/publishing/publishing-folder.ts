import { db } from '../../../db/database';
import { readSyncMeta, writeSyncMeta } from '../../../db/sync-apply';
import type { PublishingFolder } from '../../../documents/publishing/publish-to-folder';
import { canPickFolders, directoryFolder, pickFolder, type DirectoryHandle } from '../sync/directory-folder';
import { desktopPublishing, desktopPublishingFolder, folderNameOf } from './desktop-publishing-folder';

/**
 * The folder the clerk publishes the council's pages into, remembered in the local `meta` table (each laptop has
 * its own). The desktop app asks main for it (main then writes only there, only Chamber's own files); a browser
 * picks it through the File System Access API, as the sync folder.
 */
const handleKey = 'folder/handle/publishing';
const locationKey = 'folder/location/publishing';
let pickedThisSession: DirectoryHandle | undefined;

export type ChosenPublishingFolder = { name: string; folder: PublishingFolder };

export async function rememberedPublishingFolder(): Promise<
  ChosenPublishingFolder | { permission: string } | undefined
> {
  const desktop = desktopPublishing();
  if (desktop) {
    const location = await readSyncMeta(db, locationKey);
    if (typeof location !== 'string' || !location) return undefined;
    return { name: folderNameOf(location), folder: desktopPublishingFolder(desktop, location) };
  }
  const stored = (await readSyncMeta(db, handleKey)) as DirectoryHandle | undefined;
  const handle = pickedThisSession ?? (stored && typeof stored.keys === 'function' ? stored : undefined);
  if (!handle) return undefined;
  const permission = (await handle.queryPermission?.({ mode: 'readwrite' })) ?? 'granted';
  if (permission !== 'granted') return { permission: handle.name };
  return { name: handle.name, folder: directoryFolder(handle) };
}

/** Ask the clerk for the folder (or, for one remembered from an earlier session, to allow it again). */
export async function choosePublishingFolder(): Promise<ChosenPublishingFolder | undefined> {
  const desktop = desktopPublishing();
  if (desktop) {
    const chosen = await desktop.chooseFolder('publishing');
    if (!chosen) return undefined;
    await writeSyncMeta(db, locationKey, chosen.location);
    return { name: chosen.name, folder: desktopPublishingFolder(desktop, chosen.location) };
  }
  const handle = await pickFolder('chamber-publishing');
  if (!handle) return undefined;
  pickedThisSession = handle;
  try {
    await writeSyncMeta(db, handleKey, handle);
  } catch {
    // A browser that cannot store the handle still uses it this session; the clerk picks it again next time.
  }
  return { name: handle.name, folder: directoryFolder(handle) };
}

/** Whether this shell can give Chamber a folder to publish into: the desktop app, or a Chromium tab. */
export function canChoosePublishingFolder(): boolean {
  return desktopPublishing() !== undefined || canPickFolders();
}
