import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Write a file so that it is either the old content or the whole new content, never half of each: write a
 * temp file beside it (same folder, so the same disk), flush it, then rename over the target. A crash or a
 * full disk mid-write leaves the clerk's previous file untouched.
 *
 * @example await writeFileAtomic('C:/Users/clerk/Documents/Minutes.docx', bytes);
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** The same, synchronously: for the moment the app is quitting and cannot wait for a promise. */
export function writeFileAtomicSync(target: string, bytes: Uint8Array): void {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = openSync(temp, 'wx');
    try {
      writeFileSync(handle, bytes);
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
