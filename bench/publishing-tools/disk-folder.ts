/** The publishing folder as a real folder on disk (node:fs), in the shape the app's folder access gives. */
import { open, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PublishingFolder } from '../../renderer/documents/publishing/publish-to-folder';

/** Writes each file's parts in turn through one handle, as the platform's folder writer does. */
export function diskFolder(path: string): PublishingFolder {
  return {
    list: () => readdir(path),
    read: async (name) => new Uint8Array(await readFile(join(path, name))),
    write: async (name, file) => {
      const handle = await open(join(path, name), 'w');
      try {
        for (const part of file.parts) await handle.write(part);
      } finally {
        await handle.close();
      }
    },
    remove: (name) => rm(join(path, name)),
  };
}
