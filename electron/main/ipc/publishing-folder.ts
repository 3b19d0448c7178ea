import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { PublishedManifestName } from '../../shared/bridge';
import { ipcChannels } from '../../shared/ipc-channels';
import { writeFileAtomic } from '../atomic-write';
import { handle } from './handle';
import { checkPublishedFile, checkPublishedWrite } from './publishing-validate';
import { checkLocation, InvalidArgument, maxFileBytes } from './validate';

const manifestName: PublishedManifestName = 'chamber-published.json';

/** The folders the clerk chose for publishing (approved-folders.ts); main uses no others for these operations. */
export type PublishingFolders = { has(location: string): boolean };

/**
 * The publishing folder: the council's web pages, papers and feeds, which the web team uploads as they are. The
 * folder is the clerk's and may hold the web team's own files, so main, not only the page, keeps Chamber to its
 * own: a file already there may be replaced or removed only when the folder's manifest (chamber-published.json)
 * names it, a file is removed only while its bytes are still those the manifest records (someone else's change
 * makes it theirs), and a new manifest may not claim a file that is there but was never Chamber's.
 */
export function registerPublishingFolder(approved: PublishingFolders): void {
  const usable = (raw: unknown): string => {
    const location = resolve(checkLocation(raw));
    if (!approved.has(location)) {
      throw new InvalidArgument(
        `Chamber has not been given the folder ${location} to publish into. Choose it again on the Publishing screen.`,
      );
    }
    return location;
  };
  const fileIn = (folder: string, name: string): string => {
    const path = join(folder, name);
    // checkPublishedFile allows bare names only; this says so again where the path is made.
    if (dirname(resolve(path)) !== folder) throw new InvalidArgument(`"${name}" is not inside the folder.`);
    return path;
  };

  handle(ipcChannels.listPublishingFolder, async (raw): Promise<string[]> => {
    const folder = usable(raw);
    const entries = await reachable(folder, () => readdir(folder, { withFileTypes: true }));
    return entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  });

  handle(ipcChannels.readPublishedFile, async (raw): Promise<Uint8Array> => {
    const request = checkPublishedFile(raw);
    const path = fileIn(usable(request.location), request.name);
    const found = await reachable(path, () => lstat(path));
    if (!found.isFile()) throw new InvalidArgument(`"${request.name}" is not a file Chamber reads.`);
    if (found.size > maxFileBytes) {
      throw new Error(
        `"${request.name}" is ${found.size} bytes; Chamber reads files up to ${maxFileBytes} bytes.`,
      );
    }
    return new Uint8Array(await readFile(path));
  });

  handle(ipcChannels.writePublishedFile, async (raw): Promise<void> => {
    const request = checkPublishedWrite(raw);
    const folder = usable(request.location);
    await reachable(folder, () => lstat(folder));
    const path = fileIn(folder, request.name);
    const ours = await filesChamberWrote(folder);
    if (request.name === manifestName) await checkClaims(folder, ours, request.bytes);
    else {
      const there = await kindOf(path);
      if (there === 'other' || (there === 'file' && !ours.has(request.name))) {
        throw new InvalidArgument(
          `The folder already has a "${request.name}" that Chamber did not write: Chamber leaves it as it is.`,
        );
      }
    }
    await writeFileAtomic(path, request.bytes);
  });

  handle(ipcChannels.removePublishedFile, async (raw): Promise<void> => {
    const request = checkPublishedFile(raw);
    const folder = usable(request.location);
    const path = fileIn(folder, request.name);
    const there = await kindOf(path);
    if (there === 'none') return;
    const recorded = (await filesChamberWrote(folder)).get(request.name);
    const unchanged =
      there === 'file' && recorded !== undefined && recorded === sha256Hex(await readFile(path));
    if (request.name === manifestName || !unchanged) {
      throw new InvalidArgument(
        `Chamber removes only files it wrote that nobody has changed since; "${request.name}" stays.`,
      );
    }
    await rm(path);
  });
}

/** The files the folder's manifest says Chamber wrote, with their SHA-256 ("pending" while being written). */
async function filesChamberWrote(folder: string): Promise<Map<string, string>> {
  const path = join(folder, manifestName);
  if ((await kindOf(path)) !== 'file') return new Map();
  return manifestFiles(await readFile(path)) ?? new Map();
}

function manifestFiles(bytes: Uint8Array): Map<string, string> | undefined {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(bytes)) as { files?: unknown };
    if (typeof parsed.files !== 'object' || parsed.files === null) return undefined;
    return new Map(
      Object.entries(parsed.files).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return undefined;
  }
}

/** A new manifest may name a file already in the folder only if the manifest there names it too. */
async function checkClaims(folder: string, ours: Map<string, string>, bytes: Uint8Array): Promise<void> {
  const claimed = manifestFiles(bytes);
  if (!claimed)
    throw new InvalidArgument(`The new ${manifestName} is not a list of the files Chamber wrote.`);
  for (const name of claimed.keys()) {
    if (ours.has(name) || name.includes('/') || name.includes('\\')) continue;
    if ((await kindOf(join(folder, name))) !== 'none') {
      throw new InvalidArgument(
        `Chamber cannot take "${name}" as its own: it was in the folder before Chamber published there.`,
      );
    }
  }
}

/** What is at a path, not following a link: a link is never Chamber's to write through or remove. */
async function kindOf(path: string): Promise<'none' | 'file' | 'other'> {
  try {
    return (await lstat(path)).isFile() ? 'file' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'none';
    throw error;
  }
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

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
