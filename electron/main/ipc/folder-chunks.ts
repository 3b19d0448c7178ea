import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type {
  ChamberFileRef,
  FolderChunk,
  FolderChunkRequest,
  FolderChunkWrite,
  FolderFileRequest,
} from '../../shared/bridge';
import { ipcChannels } from '../../shared/ipc-channels';
import { checkFolderFile } from './folder-validate';
import { handle } from './handle';
import { InvalidArgument, checkBytes } from './validate';

/**
 * A full archive's .chamber file is larger than one IPC message can carry (Chromium refuses messages over
 * 256 MB), so big files cross the bridge in pieces: the page asks for one piece at a time and gathers them
 * into a single buffer; main never holds more than a piece. Writing is the same in reverse, into a dot-named
 * temp file renamed over the target once the last piece is flushed, so no other laptop ever sees half a file.
 */
export const maxChunkBytes = 64 * 1024 * 1024;

/** Larger than any .chamber file can be (a zip without zip64 stops at 4 GB): refused with a clear message. */
export const maxChamberFileBytes = 4 * 1024 ** 3 - 1;

export function tempNameFor(name: string): string {
  return `.${name}.writing`;
}

function checkChunkSpan(value: Record<string, unknown>): { offset: number; length: number } {
  const { offset, length } = value;
  if (!Number.isSafeInteger(offset) || (offset as number) < 0)
    throw new InvalidArgument(
      'A piece of a file needs its position in the file (a whole number, 0 or more).',
    );
  if (length !== undefined && (!Number.isSafeInteger(length) || (length as number) < 1))
    throw new InvalidArgument('A piece of a file needs a length of 1 byte or more.');
  return {
    offset: offset as number,
    length: Math.min((length as number | undefined) ?? maxChunkBytes, maxChunkBytes),
  };
}

/**
 * Single .chamber files the clerk picked outside the approved folders: one chosen in the save dialog may be
 * written, one chosen in the open dialog or double-clicked may be read, and nothing else beside them. They
 * cross the bridge through the same pieces as the folders' files. One list for the main process, because a
 * double-clicked file arrives through the app's lifecycle, not through an IPC handler. A file chosen for saving
 * may be written once: its last piece ends the permission, so the page cannot write there again unasked.
 */
export const pickedChamberFiles = (() => {
  const readable = new Set<string>();
  const writable = new Set<string>();
  const refer = (path: string, into: Set<string>): ChamberFileRef => {
    const full = resolve(path);
    into.add(full);
    return { location: dirname(full), name: basename(full) };
  };
  return {
    allowReading: (path: string): ChamberFileRef => refer(path, readable),
    allowWriting: (path: string): ChamberFileRef => refer(path, writable),
    writingDone: (path: string): boolean => writable.delete(resolve(path)),
    pathFor(file: FolderFileRequest, use: 'read' | 'write'): string | undefined {
      const full = resolve(file.location, file.name);
      return (use === 'read' ? readable : writable).has(full) ? full : undefined;
    },
  };
})();

export function tooLargeMessage(name: string, size: number): string {
  const gb = (size / 1024 ** 3).toFixed(1);
  return `"${name}" is ${gb} GB: no Chamber file is that large (the limit is 4 GB). Check that it is the right file.`;
}

/** Refuse, before reading anything, a file larger than any .chamber file can be. */
export function checkChamberFileSize(name: string, size: number): void {
  if (size > maxChamberFileBytes) throw new Error(tooLargeMessage(name, size));
}

export function registerFolderChunks(usable: (location: unknown) => string): void {
  handle(ipcChannels.readFolderFileChunk, async (raw): Promise<FolderChunk> => {
    const request = checkFolderFile(raw) as FolderChunkRequest;
    const { offset, length } = checkChunkSpan(raw as Record<string, unknown>);
    const file = pickedChamberFiles.pathFor(request, 'read') ?? join(usable(request.location), request.name);
    const handleOf = await open(file, 'r');
    try {
      const { size } = await handleOf.stat();
      checkChamberFileSize(request.name, size);
      const piece = Buffer.allocUnsafe(Math.max(0, Math.min(length, size - offset)));
      const { bytesRead } = await handleOf.read(piece, 0, piece.length, offset);
      return { size, bytes: new Uint8Array(piece.buffer, piece.byteOffset, bytesRead) };
    } finally {
      await handleOf.close();
    }
  });

  handle(ipcChannels.writeFolderFileChunk, async (raw): Promise<void> => {
    const request = checkFolderFile(raw) as FolderChunkWrite;
    const { offset } = checkChunkSpan(raw as Record<string, unknown>);
    const bytes = checkBytes((raw as Record<string, unknown>).bytes, 'A piece of the file');
    if (bytes.byteLength > maxChunkBytes)
      throw new InvalidArgument(`A piece of a file is at most ${maxChunkBytes} bytes.`);
    const done = (raw as Record<string, unknown>).done === true;
    if (offset + bytes.byteLength > maxChamberFileBytes)
      throw new Error(tooLargeMessage(request.name, offset + bytes.byteLength));
    const picked = pickedChamberFiles.pathFor(request, 'write');
    const folder = picked ? dirname(picked) : usable(request.location);
    const temp = join(folder, tempNameFor(request.name));
    try {
      // The first piece starts the temp file afresh; each later one must follow on from what is there.
      if (offset > 0 && (await stat(temp)).size !== offset)
        throw new Error(`"${request.name}" was not written in order: start again.`);
      const handleOf = await open(temp, offset === 0 ? 'w' : 'r+');
      try {
        await handleOf.write(bytes, 0, bytes.byteLength, offset);
        if (done) await handleOf.sync();
      } finally {
        await handleOf.close();
      }
      if (done) {
        await rename(temp, join(folder, request.name));
        if (picked) pickedChamberFiles.writingDone(picked);
      }
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  });

  handle(ipcChannels.abandonFolderFileWrite, async (raw): Promise<void> => {
    const request = checkFolderFile(raw);
    const picked = pickedChamberFiles.pathFor(request, 'write');
    const folder = picked ? dirname(picked) : usable(request.location);
    await rm(join(folder, tempNameFor(request.name)), { force: true });
    if (picked) pickedChamberFiles.writingDone(picked);
  });
}
