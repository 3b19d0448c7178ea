import { readFile, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import type { OpenedChamberFile } from '../shared/bridge';
import { checkChamberFileSize, maxChunkBytes, pickedChamberFiles } from './ipc/folder-chunks';

/**
 * .chamber files reach Chamber from outside: a double-click (Windows and Linux pass the path on the command
 * line; macOS sends an open-file event) or a second launch handing its path to the running one.
 */
export const chamberExtension = '.chamber';

/** The .chamber file named on a command line, if any; flags and the app's own path are ignored. */
export function chamberFileInArguments(
  argv: readonly string[],
  workingDirectory: string,
): string | undefined {
  const found = argv.find((arg) => !arg.startsWith('-') && extname(arg).toLowerCase() === chamberExtension);
  return found === undefined ? undefined : resolve(workingDirectory, found);
}

/**
 * Read the file for the renderer's import preview, which decides whether it is a sound export. One larger than
 * an IPC message carries (a whole archive) is not read here: the page is allowed that one file and reads it in
 * pieces.
 */
export async function readChamberFile(path: string): Promise<OpenedChamberFile> {
  if (extname(path).toLowerCase() !== chamberExtension) {
    throw new Error(`"${basename(path)}" is not a Chamber export (a .chamber file).`);
  }
  const { size } = await stat(path);
  checkChamberFileSize(basename(path), size);
  // Anything over a piece goes by pieces: a message near Chromium's 256 MB cap could fail to arrive at all.
  if (size > maxChunkBytes) return pickedChamberFiles.allowReading(path);
  return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
}

/**
 * Files wait here until the window's page has loaded; opening Chamber by double-clicking a file sends the
 * path before there is anywhere to show it.
 */
export function createChamberFileInbox(
  deliver: (file: OpenedChamberFile) => void,
  report: (message: string) => void,
) {
  let ready = false;
  const waiting: string[] = [];
  async function open(path: string): Promise<void> {
    try {
      deliver(await readChamberFile(path));
    } catch (error) {
      report(error instanceof Error ? error.message : String(error));
    }
  }
  return {
    receive(path: string): Promise<void> {
      if (ready) return open(path);
      waiting.push(path);
      return Promise.resolve();
    },
    async pageReady(): Promise<void> {
      ready = true;
      for (const path of waiting.splice(0)) await open(path);
    },
  };
}
