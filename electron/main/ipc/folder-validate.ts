import type { FolderFileRequest, FolderKind, FolderWriteRequest } from '../../shared/bridge';
import { checkBytes, checkFileName, checkLocation, InvalidArgument } from './validate';

/**
 * Arguments of the folder operations, checked before anything touches the disk. Only `.chamber` files are
 * read, written or removed, so a folder the clerk also keeps other things in never loses them to Chamber.
 */
export function checkFolderKind(value: unknown): FolderKind {
  if (value !== 'sync' && value !== 'backups' && value !== 'publishing') {
    throw new InvalidArgument(
      `"${String(value)}" is not a folder Chamber uses: it is "sync", "backups" or "publishing".`,
    );
  }
  return value;
}

function checkChamberFileName(value: unknown): string {
  const name = checkFileName(value, 'The file name');
  if (!name.toLowerCase().endsWith('.chamber') || name.startsWith('.')) {
    throw new InvalidArgument(
      `"${name}" is not a Chamber file: Chamber only touches its own .chamber files.`,
    );
  }
  return name;
}

export function checkFolderFile(value: unknown): FolderFileRequest {
  if (typeof value !== 'object' || value === null) {
    throw new InvalidArgument('A folder file needs the folder and the file name.');
  }
  const { location, name } = value as Record<string, unknown>;
  return { location: checkLocation(location), name: checkChamberFileName(name) };
}

export function checkFolderWrite(value: unknown): FolderWriteRequest {
  const file = checkFolderFile(value);
  return { ...file, bytes: checkBytes((value as Record<string, unknown>).bytes, 'The file to write') };
}
