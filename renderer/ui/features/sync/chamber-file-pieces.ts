import type {
  ChamberBridge,
  FileFilter,
  FolderChunkRequest,
  FolderChunkWrite,
  FolderFileRequest,
  OpenedChamberFile,
  PickedFile,
} from '../../../../electron/shared/bridge';
import { bridge } from '../../../platform/bridge';
import { joinParts, type FileParts, type FileSink } from '../../../sync';
import { pieceSink, readInPieces } from './folder-pieces';

/**
 * .chamber files through the save and open dialogs and from a double-click. A whole archive is larger than one
 * IPC message carries (256 MB), so the desktop app names the file the clerk chose and the page moves it in
 * the sync folder's pieces; a browser tab, or a shell without pieces, still hands over the bytes whole.
 */

/**
 * How a file to save is made: written to a sink as it is made, or (where there is no sink) kept on the page and
 * handed over whole. Each gives back what the caller wants to know about the file.
 */
export type FileMaker<T> = {
  toSink(sink: FileSink): Promise<T>;
  held(): Promise<{ result: T; file: FileParts }>;
};

/**
 * Save a file where the clerk chooses; undefined when they cancel the dialog. On the desktop the dialog comes
 * first and the file is written to the chosen place as it is made, so the page never holds a whole archive
 * (over 200 MB); main puts it in place only once it is complete, and a failure leaves nothing behind. A
 * browser tab, or a shell without pieces, makes the file first and hands it over whole.
 */
export async function saveChamberFile<T>(
  suggestedName: string,
  filters: FileFilter[],
  make: FileMaker<T>,
  chamber: ChamberBridge = bridge(),
): Promise<T | undefined> {
  if (!chamber.chooseSaveFile || !chamber.writeFolderFileChunk) {
    const { result, file } = await make.held();
    const { saved } = await chamber.saveFile({ suggestedName, bytes: joinParts(file), filters });
    return saved ? result : undefined;
  }
  const chosen = await chamber.chooseSaveFile({ suggestedName, filters });
  if (!chosen) return undefined;
  // Each method is called on the bridge itself, so a bridge whose methods use `this` still works.
  const abandon = chamber.abandonFolderFileWrite
    ? (file: FolderFileRequest) => chamber.abandonFolderFileWrite!(file)
    : undefined;
  return make.toSink(
    pieceSink((piece: FolderChunkWrite) => chamber.writeFolderFileChunk!(piece), chosen, abandon),
  );
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
