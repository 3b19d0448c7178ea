import type { SyncFolder } from '../../../sync';

/**
 * A folder the clerk picked through the File System Access API (Chromium, and so Electron too). Only the parts
 * of the handle Chamber uses are typed here: TypeScript's DOM library leaves out the directory iterator and
 * the picker.
 */
export type DirectoryHandle = {
  name: string;
  keys(): AsyncIterable<string>;
  getFileHandle(
    name: string,
    options?: { create?: boolean },
  ): Promise<{
    kind: 'file';
    getFile(): Promise<Blob>;
    createWritable(): Promise<{ write(data: Uint8Array): Promise<void>; close(): Promise<void> }>;
  }>;
  removeEntry(name: string): Promise<void>;
  /** A handle kept from an earlier session must ask again before it may be used (Chromium). */
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
};

type Picker = (options: { mode: 'readwrite'; id?: string }) => Promise<DirectoryHandle>;

function picker(): Picker | undefined {
  if (typeof window === 'undefined') return undefined;
  const candidate = (window as unknown as { showDirectoryPicker?: Picker }).showDirectoryPicker;
  return typeof candidate === 'function' ? candidate.bind(window) : undefined;
}

export function canPickFolders(): boolean {
  return picker() !== undefined;
}

/** Ask the clerk for a folder; undefined when they cancel. */
export async function pickFolder(id: string): Promise<DirectoryHandle | undefined> {
  const pick = picker();
  if (!pick) return undefined;
  try {
    return await pick({ mode: 'readwrite', id });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return undefined;
    throw error;
  }
}

/**
 * The sync core's folder over a directory handle. No rename is offered: `createWritable` already writes to a
 * swap file and moves it into place on close, so another laptop never sees this one's file half written.
 */
export function directoryFolder(handle: DirectoryHandle): SyncFolder {
  return {
    list: async () => {
      const names: string[] = [];
      for await (const name of handle.keys()) names.push(name);
      return names.sort();
    },
    read: async (name) => {
      const file = await (await handle.getFileHandle(name)).getFile();
      return new Uint8Array(await file.arrayBuffer());
    },
    write: async (name, file) => {
      const writable = await (await handle.getFileHandle(name, { create: true })).createWritable();
      // Each write goes on where the last ended: the blocks land in order, never joined on the page.
      for (const part of file.parts) await writable.write(part);
      await writable.close();
    },
    remove: (name) => handle.removeEntry(name),
    entries: async () => {
      const sized: { name: string; size: number }[] = [];
      for await (const name of handle.keys()) {
        // Folders inside the folder have no file handle: they are not Chamber's and are skipped.
        const file = await handle
          .getFileHandle(name)
          .then((entry) => entry.getFile())
          .catch(() => undefined);
        if (file) sized.push({ name, size: file.size });
      }
      return sized;
    },
  };
}
