import type { ChamberBridge } from '../../../../electron/shared/bridge';
import { bridge } from '../../../platform/bridge';
import type { SyncFolder } from '../../../sync';

/** The desktop app's folder operations; a browser tab has none and uses directory handles instead. */
export type DesktopFolders = Required<
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
  const call = <K extends keyof DesktopFolders>(name: K) =>
    ((...args: Parameters<DesktopFolders[K]>) =>
      (chamber[name] as (...args: Parameters<DesktopFolders[K]>) => ReturnType<DesktopFolders[K]>)(
        ...args,
      )) as DesktopFolders[K];
  return {
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
    read: (name) => folders.readFolderFile({ location, name }),
    write: (name, bytes) => folders.writeFolderFile({ location, name, bytes }),
    remove: (name) => folders.removeFolderFile({ location, name }),
  };
}
