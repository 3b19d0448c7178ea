import type { ChamberBridge } from '../../../../electron/shared/bridge';
import { bridge } from '../../../platform/bridge';
import type { SyncFolder } from '../../../sync';
import { readInPieces, writeInPieces, type DesktopChunks } from './folder-pieces';

/** The desktop app's folder operations; a browser tab has none and uses directory handles instead. */
type RequiredFolders = Required<
  Pick<
    ChamberBridge,
    | 'chooseFolder'
    | 'defaultBackupsFolder'
    | 'listFolder'
    | 'readFolderFile'
    | 'writeFolderFile'
    | 'removeFolderFile'
  >
>;

export type DesktopFolders = RequiredFolders &
  Pick<ChamberBridge, 'readFolderFileChunk' | 'writeFolderFileChunk'>;

export function desktopFolders(chamber: ChamberBridge = bridge()): DesktopFolders | undefined {
  // Each method is called on the bridge itself, so a bridge whose methods use `this` still works.
  if (
    !chamber.chooseFolder ||
    !chamber.defaultBackupsFolder ||
    !chamber.listFolder ||
    !chamber.readFolderFile ||
    !chamber.writeFolderFile ||
    !chamber.removeFolderFile
  )
    return undefined;
  const call = <K extends keyof RequiredFolders>(name: K) =>
    ((...args: Parameters<RequiredFolders[K]>) =>
      (chamber[name] as (...args: Parameters<RequiredFolders[K]>) => ReturnType<RequiredFolders[K]>)(
        ...args,
      )) as RequiredFolders[K];
  const chunks =
    typeof chamber.readFolderFileChunk === 'function' && typeof chamber.writeFolderFileChunk === 'function';
  return {
    ...(chunks && {
      readFolderFileChunk: (request) => (chamber.readFolderFileChunk as DesktopChunks['read'])(request),
      writeFolderFileChunk: (request) => (chamber.writeFolderFileChunk as DesktopChunks['write'])(request),
    }),
    chooseFolder: call('chooseFolder'),
    defaultBackupsFolder: call('defaultBackupsFolder'),
    listFolder: call('listFolder'),
    readFolderFile: call('readFolderFile'),
    writeFolderFile: call('writeFolderFile'),
    removeFolderFile: call('removeFolderFile'),
  };
}

/**
 * The sync core's folder over the desktop bridge. Main writes each file atomically (a dot-named temp file,
 * then a rename), so no rename is offered here and another laptop never sees a file half written by this one.
 */
export function bridgeFolder(folders: DesktopFolders, location: string): SyncFolder {
  return {
    list: async () => (await folders.listFolder(location)).map((entry) => entry.name),
    entries: () => folders.listFolder(location),
    read: (name) => readInPieces(folders, { location, name }),
    write: (name, file) => writeInPieces(folders, { location, name }, file),
    remove: (name) => folders.removeFolderFile({ location, name }),
  };
}
