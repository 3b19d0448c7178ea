import type { DirectoryHandle } from './directory-folder';

/**
 * The folders picked this session. Kept in memory only: a browser asks the clerk again for permission to a
 * folder in each new session anyway, so the clerk picks it once per session.
 */
const picked = new Map<'sync' | 'backups', DirectoryHandle>();

export function pickedFolder(kind: 'sync' | 'backups'): DirectoryHandle | undefined {
  return picked.get(kind);
}

export function rememberFolder(kind: 'sync' | 'backups', handle: DirectoryHandle): void {
  picked.set(kind, handle);
}
