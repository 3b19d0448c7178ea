import { mkdir, mkdtemp, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { BrowserWindow, MessageBoxOptions, OpenDialogOptions } from 'electron';
import { dialog, shell } from 'electron';
import type { ChamberFileRef, PickedFile, SaveFileResult } from '../../shared/bridge';
import { ipcChannels } from '../../shared/ipc-channels';
import { writeFileAtomic } from '../atomic-write';
import { registerFolderAccess } from './folder-access';
import { checkChamberFileSize, pickedChamberFiles } from './folder-chunks';
import { handle } from './handle';
import {
  checkChooseSaveFileRequest,
  checkLocation,
  checkOpenFileRequest,
  checkOpenWithSystemRequest,
  checkSaveFileRequest,
  InvalidArgument,
  maxFileBytes,
} from './validate';

export type FileFolders = {
  /** Where save dialogs start: the clerk's Documents folder. */
  documents: string;
  /** Where .chamber exports are offered by default: the backups folder beside the data. */
  backups: string;
  /** Where documents opened in Word are written first. */
  temp: string;
  /** Where main remembers the sync and backups folders the clerk chose (folder-access.ts). */
  approvedFolders?: string;
  approvedPublishingFolders?: string;
};

/**
 * Saving, opening and handing documents to Word. The renderer never names a path: main asks the clerk through a
 * dialog, and only files this session saved may be shown in a folder afterwards.
 */
export function registerFiles(window: () => BrowserWindow | undefined, folders: FileFolders): void {
  const savedThisSession = new Set<string>();

  handle(ipcChannels.saveFile, async (raw): Promise<SaveFileResult> => {
    const request = checkSaveFileRequest(raw);
    const startIn = extname(request.suggestedName) === '.chamber' ? folders.backups : folders.documents;
    await mkdir(startIn, { recursive: true });
    const options = { defaultPath: join(startIn, request.suggestedName), filters: request.filters };
    const owner = window();
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false };
    await writeFileAtomic(choice.filePath, request.bytes);
    savedThisSession.add(choice.filePath);
    return { saved: true, location: choice.filePath };
  });

  handle(ipcChannels.openFiles, async (raw): Promise<PickedFile[]> => {
    const request = checkOpenFileRequest(raw);
    const options: OpenDialogOptions = {
      filters: request.filters,
      properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    };
    const owner = window();
    const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    if (choice.canceled) return [];
    return Promise.all(choice.filePaths.map(readPickedFile));
  });

  // .chamber files up to 4 GB: main asks where, then allows the page that one file, written or read in pieces.
  handle(ipcChannels.chooseSaveFile, async (raw): Promise<ChamberFileRef | undefined> => {
    const request = checkChooseSaveFileRequest(raw);
    if (extname(request.suggestedName).toLowerCase() !== '.chamber')
      throw new InvalidArgument(`"${request.suggestedName}" is not a Chamber export (a .chamber file).`);
    await mkdir(folders.backups, { recursive: true });
    const options = { defaultPath: join(folders.backups, request.suggestedName), filters: request.filters };
    const owner = window();
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return undefined;
    // Linux's dialog does not add the extension; without it the file would not open in Chamber again. The
    // dialog asked about replacing the name the clerk typed, not this one, so Chamber asks itself.
    const typedWithout = extname(choice.filePath).toLowerCase() !== '.chamber';
    const path = typedWithout ? `${choice.filePath}.chamber` : choice.filePath;
    if (typedWithout && (await exists(path)) && !(await replaceConfirmed(owner, path))) return undefined;
    savedThisSession.add(path);
    return pickedChamberFiles.allowWriting(path);
  });

  handle(ipcChannels.pickChamberFile, async (raw): Promise<ChamberFileRef | undefined> => {
    const request = checkOpenFileRequest(raw);
    const options: OpenDialogOptions = { filters: request.filters, properties: ['openFile'] };
    const owner = window();
    const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    const [path] = choice.filePaths;
    if (choice.canceled || !path) return undefined;
    if (extname(path).toLowerCase() !== '.chamber')
      throw new Error(`"${basename(path)}" is not a Chamber export (a .chamber file).`);
    checkChamberFileSize(basename(path), (await stat(path)).size);
    return pickedChamberFiles.allowReading(path);
  });

  handle(ipcChannels.openWithSystem, async (raw): Promise<void> => {
    const request = checkOpenWithSystemRequest(raw);
    // A fresh folder per document: two documents with the same name never overwrite one open in Word.
    await mkdir(folders.temp, { recursive: true });
    const folder = await mkdtemp(join(folders.temp, 'open-'));
    const file = join(folder, request.name);
    await writeFileAtomic(file, request.bytes);
    const problem = await shell.openPath(file);
    if (problem !== '')
      throw new Error(`The document was saved to ${file} but could not be opened: ${problem}`);
  });

  handle(ipcChannels.showInFolder, async (raw): Promise<void> => {
    const location = checkLocation(raw);
    if (!savedThisSession.has(location)) {
      throw new InvalidArgument('Chamber only shows files it saved in this session.');
    }
    shell.showItemInFolder(location);
  });

  registerFolderAccess(window, folders);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The same question the save dialog asks about a name it sees; Cancel is the default, as there. */
async function replaceConfirmed(owner: BrowserWindow | undefined, path: string): Promise<boolean> {
  const options: MessageBoxOptions = {
    type: 'warning',
    buttons: ['Replace', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: `"${basename(path)}" already exists. Replace it?`,
    detail: 'A file with this name is already in that folder. Replacing it overwrites what it holds.',
  };
  const answer = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
  return answer.response === 0;
}

async function readPickedFile(path: string): Promise<PickedFile> {
  const { size } = await stat(path);
  if (size > maxFileBytes) {
    // A .chamber export may be larger: its own open (pickChamberFile) reads it in pieces.
    const chamber =
      extname(path).toLowerCase() === '.chamber' ? ' Open Chamber exports from the Sync screen.' : '';
    throw new Error(
      `"${basename(path)}" is ${size} bytes; Chamber opens files up to ${maxFileBytes} bytes here.${chamber}`,
    );
  }
  return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
}
