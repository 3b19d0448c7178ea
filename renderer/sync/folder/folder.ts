import { joinParts, type FileParts } from '../format/file-parts';

/**
 * A folder Chamber reads and writes files in: a network share or USB stick through Electron, or a directory
 * handle in a browser. Names are plain file names in that one folder.
 */
export type SyncFolder = {
  list(): Promise<string[]>;
  read(name: string): Promise<Uint8Array>;
  /** Write a whole file, given as its blocks in order (an export is never joined into one buffer). */
  write(name: string, file: FileParts): Promise<void>;
  remove(name: string): Promise<void>;
  /** When the folder can rename, a file is written under a temporary name first (STYLE.md example 4). */
  rename?(from: string, to: string): Promise<void>;
  /** Names with sizes in bytes, where the folder can tell without reading each file (to list backups). */
  entries?(): Promise<{ name: string; size: number }[]>;
};

/** Names another program (or an interrupted copy) uses while a file is still being written. */
export function isTemporaryName(name: string): boolean {
  return (
    name.startsWith('.') || name.startsWith('~') || /\.(tmp|part|partial|crdownload|download)$/i.test(name)
  );
}

export async function writeAtomically(folder: SyncFolder, name: string, file: FileParts): Promise<void> {
  if (!folder.rename) return folder.write(name, file);
  const temporary = `.${name}.tmp`;
  await folder.write(temporary, file);
  await folder.rename(temporary, name);
}

/** A folder held in memory: for tests, and for a browser without directory access. */
export function memoryFolder(
  files = new Map<string, Uint8Array>(),
): SyncFolder & { files: Map<string, Uint8Array> } {
  return {
    files,
    list: async () => [...files.keys()].sort(),
    entries: async () => [...files].map(([name, bytes]) => ({ name, size: bytes.byteLength })),
    read: async (name) => {
      const bytes = files.get(name);
      if (!bytes) throw new Error(`${name} is not in the folder`);
      return bytes;
    },
    write: async (name, file) => void files.set(name, joinParts(file)),
    remove: async (name) => void files.delete(name),
    rename: async (from, to) => {
      const bytes = files.get(from);
      if (bytes) files.set(to, bytes);
      files.delete(from);
    },
  };
}
