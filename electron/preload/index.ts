import { contextBridge, ipcRenderer } from 'electron';
import type {
  AppInfo,
  ChamberBridge,
  ChamberFileRef,
  ChooseSaveFileRequest,
  ChosenFolder,
  FolderChunk,
  FolderChunkRequest,
  FolderChunkWrite,
  FolderEntry,
  FolderFileRequest,
  FolderKind,
  FolderWriteRequest,
  MenuCommand,
  OpenedChamberFile,
  OpenFileRequest,
  OpenWithSystemRequest,
  PickedFile,
  PublishedFileRequest,
  PublishedFileWrite,
  SaveFileRequest,
  SaveFileResult,
} from '../shared/bridge';
import { ipcChannels } from '../shared/ipc-channels';
import { createEventRelay } from './event-relay';

/**
 * window.chamber: one typed method per operation, checked against ChamberBridge by the compiler. The page never
 * gets ipcRenderer or a generic send/invoke, so it can ask main for these things and nothing else.
 */
const menuCommands = createEventRelay<MenuCommand>(false);
const chamberFiles = createEventRelay<OpenedChamberFile>(true);
ipcRenderer.on(ipcChannels.menuCommand, (_event, command: MenuCommand) => menuCommands.emit(command));
ipcRenderer.on(ipcChannels.openChamberFile, (_event, file: OpenedChamberFile) => chamberFiles.emit(file));

contextBridge.exposeInMainWorld('chamber', {
  appInfo: (): Promise<AppInfo> => ipcRenderer.invoke(ipcChannels.appInfo),
  saveFile: (request: SaveFileRequest): Promise<SaveFileResult> =>
    ipcRenderer.invoke(ipcChannels.saveFile, request),
  openFiles: (request: OpenFileRequest): Promise<PickedFile[]> =>
    ipcRenderer.invoke(ipcChannels.openFiles, request),
  openWithSystem: (request: OpenWithSystemRequest): Promise<void> =>
    ipcRenderer.invoke(ipcChannels.openWithSystem, request),
  logError: (message: string): Promise<void> => ipcRenderer.invoke(ipcChannels.logError, message),
  showInFolder: (location: string): Promise<void> => ipcRenderer.invoke(ipcChannels.showInFolder, location),
  chooseFolder: (kind: FolderKind): Promise<ChosenFolder | undefined> =>
    ipcRenderer.invoke(ipcChannels.chooseFolder, kind),
  defaultBackupsFolder: (): Promise<ChosenFolder> => ipcRenderer.invoke(ipcChannels.defaultBackupsFolder),
  listFolder: (location: string): Promise<FolderEntry[]> =>
    ipcRenderer.invoke(ipcChannels.listFolder, location),
  readFolderFile: (request: FolderFileRequest): Promise<Uint8Array> =>
    ipcRenderer.invoke(ipcChannels.readFolderFile, request),
  writeFolderFile: (request: FolderWriteRequest): Promise<void> =>
    ipcRenderer.invoke(ipcChannels.writeFolderFile, request),
  removeFolderFile: (request: FolderFileRequest): Promise<void> =>
    ipcRenderer.invoke(ipcChannels.removeFolderFile, request),
  readFolderFileChunk: (request: FolderChunkRequest): Promise<FolderChunk> =>
    ipcRenderer.invoke(ipcChannels.readFolderFileChunk, request),
  writeFolderFileChunk: (request: FolderChunkWrite): Promise<void> =>
    ipcRenderer.invoke(ipcChannels.writeFolderFileChunk, request),
  abandonFolderFileWrite: (request: FolderFileRequest): Promise<void> =>
    ipcRenderer.invoke(ipcChannels.abandonFolderFileWrite, request),
  chooseSaveFile: (request: ChooseSaveFileRequest): Promise<ChamberFileRef | undefined> =>
    ipcRenderer.invoke(ipcChannels.chooseSaveFile, request),
  pickChamberFile: (request: OpenFileRequest): Promise<ChamberFileRef | undefined> =>
    ipcRenderer.invoke(ipcChannels.pickChamberFile, request),
  listPublishingFolder: (location: string): Promise<string[]> =>
    ipcRenderer.invoke(ipcChannels.listPublishingFolder, location),
  readPublishedFile: (request: PublishedFileRequest): Promise<Uint8Array> =>
    ipcRenderer.invoke(ipcChannels.readPublishedFile, request),
  writePublishedFile: (request: PublishedFileWrite): Promise<void> =>
    ipcRenderer.invoke(ipcChannels.writePublishedFile, request),
  removePublishedFile: (request: PublishedFileRequest): Promise<void> =>
    ipcRenderer.invoke(ipcChannels.removePublishedFile, request),
  printToPdf: (html: string): Promise<Uint8Array> => ipcRenderer.invoke(ipcChannels.printToPdf, html),
  onMenuCommand: (listener) => menuCommands.subscribe(listener),
  onOpenChamberFile: (listener) => chamberFiles.subscribe(listener),
} satisfies ChamberBridge);
