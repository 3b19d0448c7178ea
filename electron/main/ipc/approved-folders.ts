import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { writeFileAtomic } from '../atomic-write';

/**
 * The folders the clerk chose in main's dialog, kept in a small JSON file beside the data so the sync and
 * backups folders still work after a restart. Without a file (tests) they are kept for this session only.
 * A damaged file is treated as empty: the clerk is asked to choose the folder again, nothing else is lost.
 */
export function createApprovedFolders(file: string | undefined, always: string[]) {
  const folders = new Set([...always, ...read(file)].map((folder) => resolve(folder)));
  return {
    has: (location: string): boolean => folders.has(resolve(location)),
    async add(location: string): Promise<void> {
      folders.add(resolve(location));
      if (!file) return;
      await mkdir(dirname(file), { recursive: true });
      await writeFileAtomic(file, new TextEncoder().encode(JSON.stringify([...folders], null, 2)));
    },
  };
}

function read(file: string | undefined): string[] {
  if (!file) return [];
  try {
    const stored: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(stored) ? stored.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}
