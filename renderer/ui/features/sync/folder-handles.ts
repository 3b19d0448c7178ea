import type { FolderKind } from '../../../../electron/shared/bridge';
import { db } from '../../../db/database';
import { readSyncMeta, writeSyncMeta } from '../../../db/sync-apply';
import { bridge } from '../../../platform/bridge';
import type { SyncFolder } from '../../../sync';
import { bridgeFolder, desktopFolders } from './bridge-folder';
import { directoryFolder, pickFolder, type DirectoryHandle } from './directory-folder';

export type { FolderKind };

/** A folder ready to use, and how to name it to the clerk. */
export type UsableFolder = { where: string; folder: SyncFolder; standard?: boolean };

/** What this laptop remembers of a folder: none yet, ready, or (browser) waiting for the clerk's permission. */
export type RememberedFolder =
  { state: 'none' } | { state: 'ready'; usable: UsableFolder } | { state: 'permission'; name: string };

/**
 * The sync and backups folders the clerk chose, remembered across restarts in the database's local `meta`
 * table (never synced: each laptop has its own folders). The desktop app remembers the folder's path and
 * defaults the backups folder to the Backups folder beside its data; a browser remembers the directory handle,
 * which it lets Chamber use again only after the clerk allows it in each new session.
 */
const pickedThisSession = new Map<FolderKind, DirectoryHandle>();
const locationKey = (kind: FolderKind) => `folder/location/${kind}`;
const handleKey = (kind: FolderKind) => `folder/handle/${kind}`;

export async function rememberedFolder(kind: FolderKind): Promise<RememberedFolder> {
  const desktop = desktopFolders();
  if (desktop) {
    const location = await readSyncMeta(db, locationKey(kind));
    if (typeof location === 'string' && location) {
      return { state: 'ready', usable: { where: location, folder: bridgeFolder(desktop, location) } };
    }
    if (kind === 'sync') return { state: 'none' };
    const standard = await desktop.defaultBackupsFolder();
    const folder = bridgeFolder(desktop, standard.location);
    return { state: 'ready', usable: { where: standard.location, folder, standard: true } };
  }
  const handle = pickedThisSession.get(kind) ?? (await storedHandle(kind));
  if (!handle) return { state: 'none' };
  const permission = (await handle.queryPermission?.({ mode: 'readwrite' })) ?? 'granted';
  if (permission !== 'granted') return { state: 'permission', name: handle.name };
  return { state: 'ready', usable: { where: handle.name, folder: directoryFolder(handle) } };
}

/** Ask the clerk for a folder and remember it; undefined when they cancel. */
export async function chooseFolder(kind: FolderKind): Promise<UsableFolder | undefined> {
  const desktop = desktopFolders();
  if (desktop) {
    const chosen = await desktop.chooseFolder(kind);
    if (!chosen) return undefined;
    await writeSyncMeta(db, locationKey(kind), chosen.location);
    return { where: chosen.location, folder: bridgeFolder(desktop, chosen.location) };
  }
  const handle = await pickFolder(kind === 'sync' ? 'chamber-sync' : 'chamber-backups');
  if (!handle) return undefined;
  pickedThisSession.set(kind, handle);
  await storeHandle(kind, handle);
  return { where: handle.name, folder: directoryFolder(handle) };
}

/** Browser only: the clerk allows a folder remembered from an earlier session (needs their click). */
export async function allowFolderAgain(kind: FolderKind): Promise<UsableFolder> {
  const handle = pickedThisSession.get(kind) ?? (await storedHandle(kind));
  if (!handle) throw new Error('Chamber no longer has that folder. Choose it again.');
  const permission = (await handle.requestPermission?.({ mode: 'readwrite' })) ?? 'granted';
  if (permission !== 'granted') {
    throw new Error(
      `The browser did not let Chamber use the folder "${handle.name}". Allow it when the browser asks, or choose the folder again.`,
    );
  }
  pickedThisSession.set(kind, handle);
  return { where: handle.name, folder: directoryFolder(handle) };
}

/** For tests: a new session, where only what the database kept is remembered. */
export function forgetPickedFolders(): void {
  pickedThisSession.clear();
}

async function storedHandle(kind: FolderKind): Promise<DirectoryHandle | undefined> {
  const stored = (await readSyncMeta(db, handleKey(kind))) as DirectoryHandle | undefined;
  // Only a real directory handle survives storage with its methods; anything else is forgotten.
  return stored && typeof stored.keys === 'function' ? stored : undefined;
}

async function storeHandle(kind: FolderKind, handle: DirectoryHandle): Promise<void> {
  try {
    await writeSyncMeta(db, handleKey(kind), handle);
  } catch (error) {
    // A browser that cannot store the handle still uses it this session; the clerk picks it again next time.
    const message = error instanceof Error ? error.message : String(error);
    await bridge().logError(`The ${kind} folder could not be remembered: ${message}`);
  }
}
