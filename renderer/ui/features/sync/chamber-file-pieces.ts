import type {
  ChamberBridge,
  FileFilter,
  FolderChunkRequest,
  FolderChunkWrite,
  OpenedChamberFile,
  PickedFile,
} from '../../../../electron/shared/bridge';
import { bridge } from '../../../platform/bridge';
import { joinParts, type FileParts } from '../../../sync';
import { readInPieces, writeInPieces } from './folder-pieces';

/**
 * .chamber files through the save and open dialogs and from a double-click. A whole archive is larger than one
 * IPC message carries (256 MB), so the desktop app names the file the clerk chose and the page moves it in
 * the sync folder's pieces; a browser tab, or a shell without pieces, still hands over the bytes whole.
 */

/** Save a file (its blocks, in order) where the clerk chooses; false when they cancel the dialog. */
export async function saveChamberFile(
  suggestedName: string,
  file: FileParts,
  filters: FileFilter[],
  chamber: ChamberBridge = bridge(),
): Promise<boolean> {
  if (!chamber.chooseSaveFile || !chamber.writeFolderFileChunk)
    return (await chamber.saveFile({ suggestedName, bytes: joinParts(file), filters })).saved;
  const chosen = await chamber.chooseSaveFile({ suggestedName, filters });
  if (!chosen) return false;
  const writer = { writeFolderFileChunk: (piece: FolderChunkWrite) => chamber.writeFolderFileChunk!(piece) };
  await writeInPieces(writer, chosen, file);
  return true;
}

/** Ask the clerk for one .chamber file and read it; undefined when they cancel. */
export async function pickChamberFile(
  filters: FileFilter[],
  chamber: ChamberBridge = bridge(),
): Promise<PickedFile | undefined> {
  if (!chamber.pickChamberFile || !chamber.readFolderFileChunk)
    return (await chamber.openFiles({ filters }))[0];
  const chosen = await chamber.pickChamberFile({ filters });
  return chosen && readOpenedFile(chosen, chamber);
}

/** The bytes of a file opened from the desktop: sent whole when small, read in pieces when large. */
export async function readOpenedFile(
  file: OpenedChamberFile,
  chamber: ChamberBridge = bridge(),
): Promise<PickedFile> {
  if ('bytes' in file) return file;
  // Without pieces, readInPieces says this copy of Chamber cannot read the file, rather than failing oddly.
  const reader = chamber.readFolderFileChunk
    ? { readFolderFileChunk: (piece: FolderChunkRequest) => chamber.readFolderFileChunk!(piece) }
    : {};
  return { name: file.name, bytes: await readInPieces(reader, file) };
}
