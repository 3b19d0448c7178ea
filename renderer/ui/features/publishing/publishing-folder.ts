import { db } from '../../../db/database';
import { readSyncMeta, writeSyncMeta } from '../../../db/sync-apply';
import type { PublishingFolder } from '../../../documents/publishing/publish-to-folder';
import { directoryFolder, pickFolder, type DirectoryHandle } from '../sync/directory-folder';

/**
 * The folder the clerk publishes the council's pages into, picked through the File System Access API as the sync
 * folder is in a browser, and remembered in the local `meta` table (each laptop has its own). The desktop bridge's
 * folder operations touch only .chamber files, so the desktop app publishes through the same directory handle.
 */
const handleKey = 'folder/handle/publishing';
let pickedThisSession: DirectoryHandle | undefined;

export type ChosenPublishingFolder = { name: string; folder: PublishingFolder };

export async function rememberedPublishingFolder(): Promise<
  ChosenPublishingFolder | { permission: string } | undefined
> {
  const stored = (await readSyncMeta(db, handleKey)) as DirectoryHandle | undefined;
  const handle = pickedThisSession ?? (stored && typeof stored.keys === 'function' ? stored : undefined);
  if (!handle) return undefined;
  const permission = (await handle.queryPermission?.({ mode: 'readwrite' })) ?? 'granted';
  if (permission !== 'granted') return { permission: handle.name };
  return { name: handle.name, folder: directoryFolder(handle) };
}

/** Ask the clerk for the folder (or, for one remembered from an earlier session, to allow it again). */
export async function choosePublishingFolder(): Promise<ChosenPublishingFolder | undefined> {
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
