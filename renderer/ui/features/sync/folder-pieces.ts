import type { ChamberBridge, FolderFileRequest } from '../../../../electron/shared/bridge';
import { joinParts, type FileParts } from '../../../sync';
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
export const pieceBytes = 32 * 1024 * 1024;

/**
 * Read a folder's file in pieces into one buffer of its size (a full archive is larger than one message can
 * carry); a shell without pieces reads it whole. A file that changes size while read is refused, not mixed.
 */
export async function readInPieces(folders: PieceReader, file: FolderFileRequest): Promise<Uint8Array> {
  const read = folders.readFolderFileChunk;
  if (!read) return wholeOnly(folders.readFolderFile, file.name)(file);
  const first = await read({ ...file, offset: 0, length: pieceBytes });
  if (first.bytes.length === first.size) return first.bytes;
  const whole = new Uint8Array(first.size);
  whole.set(first.bytes, 0);
  let offset = first.bytes.length;
  while (offset < first.size) {
    const piece = await read({ ...file, offset, length: pieceBytes });
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
 * Write a file in pieces; main renames it into place only once the last is flushed. The file's blocks are
 * gathered into pieces of up to `pieceBytes`, one piece at a time, so only the file and one piece are held.
 */
export async function writeInPieces(
  folders: PieceWriter,
  file: FolderFileRequest,
  content: FileParts,
): Promise<void> {
  const write = folders.writeFolderFileChunk;
  if (!write) return wholeOnly(folders.writeFolderFile, file.name)({ ...file, bytes: joinParts(content) });
  let offset = 0;
  for (const piece of piecesOf(content)) {
    await write({ ...file, offset, bytes: piece, done: offset + piece.length >= content.size });
    offset += piece.length;
  }
}

/**
 * The file in pieces of `pieceBytes` (the last shorter; one empty piece for an empty file). Each is a copy of
 * its own, not a view: a message would carry a view's whole buffer.
 */
function* piecesOf(content: FileParts): Generator<Uint8Array> {
  let piece = new Uint8Array(Math.min(pieceBytes, content.size));
  let used = 0;
  let left = content.size;
  for (const part of content.parts) {
    let from = 0;
    while (from < part.length) {
      const taken = Math.min(part.length - from, piece.length - used);
      piece.set(part.subarray(from, from + taken), used);
      used += taken;
      from += taken;
      if (used === piece.length) {
        yield piece;
        left -= used;
        piece = new Uint8Array(Math.min(pieceBytes, left));
        used = 0;
      }
    }
  }
  if (content.size === 0) yield piece;
}
