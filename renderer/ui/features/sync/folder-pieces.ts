import type { ChamberBridge, FolderFileRequest } from '../../../../electron/shared/bridge';
import { joinParts, type FileParts, type FileSink } from '../../../sync';
import type { DesktopFolders } from './bridge-folder';

export type DesktopChunks = {
  read: NonNullable<ChamberBridge['readFolderFileChunk']>;
  write: NonNullable<ChamberBridge['writeFolderFileChunk']>;
};

/** Reading needs pieces, or (a shell from before pieces) the whole-file read; a file the clerk picked, pieces. */
export type PieceReader = Pick<DesktopFolders, 'readFolderFileChunk'> &
  Partial<Pick<DesktopFolders, 'readFolderFile'>>;
export type PieceWriter = Pick<DesktopFolders, 'writeFolderFileChunk'> &
  Partial<Pick<DesktopFolders, 'writeFolderFile'>>;

function wholeOnly<T>(method: T | undefined, name: string): T {
  if (!method)
    throw new Error(`This copy of Chamber cannot move "${name}" in pieces. Install the latest Chamber.`);
  return method;
}

/** One IPC message carries at most 256 MB; pieces well under that keep main's and the page's copies small. */
export const readPieceBytes = 32 * 1024 * 1024;

/**
 * Read a folder's file in pieces into one buffer of its size (a full archive is larger than one message can
 * carry); a shell without pieces reads it whole. A file that changes size while read is refused, not mixed.
 */
export async function readInPieces(folders: PieceReader, file: FolderFileRequest): Promise<Uint8Array> {
  const read = folders.readFolderFileChunk;
  if (!read) return wholeOnly(folders.readFolderFile, file.name)(file);
  const first = await read({ ...file, offset: 0, length: readPieceBytes });
  if (first.bytes.length === first.size) return first.bytes;
  const whole = new Uint8Array(first.size);
  whole.set(first.bytes, 0);
  let offset = first.bytes.length;
  while (offset < first.size) {
    const piece = await read({ ...file, offset, length: readPieceBytes });
    if (piece.size !== first.size || piece.bytes.length === 0)
      throw new Error(
        `"${file.name}" changed while Chamber was reading it. Try again once it has been copied.`,
      );
    whole.set(piece.bytes, offset);
    offset += piece.bytes.length;
  }
  return whole;
}

/**
 * Pieces sent while a file is being written: a few megabytes each, so that an export written as it is made
 * holds little on the page, and few enough that a 300 MB archive takes a few dozen messages.
 */
export const writePieceBytes = 8 * 1024 * 1024;

/**
 * A file written in pieces as it is made: its parts are gathered into pieces of `writePieceBytes`, each sent
 * once full; closing sends the last (main then flushes the file and renames it into place). Abandoning asks
 * main to remove what was written so far, where the shell can; the file itself is never touched until closed.
 *
 * `write` is lent each full piece only until it resolves (a message is copied as it is sent), and the same
 * buffer then gathers the next: a whole archive would otherwise leave its size in spent pieces for the
 * collector, on top of the papers' own buffers.
 */
export function pieceSink(
  write: NonNullable<PieceWriter['writeFolderFileChunk']>,
  file: FolderFileRequest,
  discard?: (file: FolderFileRequest) => Promise<void>,
): FileSink {
  const piece = new Uint8Array(writePieceBytes);
  let used = 0;
  let offset = 0;
  const send = async (bytes: Uint8Array, done: boolean) => {
    await write({ ...file, offset, bytes, done });
    offset += bytes.length;
    used = 0;
  };
  return {
    async write(part) {
      let from = 0;
      while (from < part.length) {
        const taken = Math.min(part.length - from, piece.length - used);
        piece.set(part.subarray(from, from + taken), used);
        used += taken;
        from += taken;
        if (used === piece.length) await send(piece, false);
      }
    },
    // The last piece is a buffer of its own, never a view: a message would carry a view's whole buffer.
    close: () => send(piece.slice(0, used), true),
    abandon: async () => {
      await discard?.(file);
    },
  };
}

/** Write a whole file in pieces (see pieceSink); a shell without pieces takes it whole. */
export async function writeInPieces(
  folders: PieceWriter,
  file: FolderFileRequest,
  content: FileParts,
): Promise<void> {
  const write = folders.writeFolderFileChunk;
  if (!write) return wholeOnly(folders.writeFolderFile, file.name)({ ...file, bytes: joinParts(content) });
  const sink = pieceSink(write, file);
  for (const part of content.parts) await sink.write(part);
  await sink.close();
}
