import type { ChamberBridge } from '../../../../electron/shared/bridge';
import type { PublishingFolder } from '../../../documents/publishing/publish-to-folder';
import { bridge } from '../../../platform/bridge';

type PublishingOperations = Required<
  Pick<
    ChamberBridge,
    | 'chooseFolder'
    | 'listPublishingFolder'
    | 'readPublishedFile'
    | 'writePublishedFile'
    | 'removePublishedFile'
  >
>;

/**
 * The desktop app's publishing folder: main writes each file atomically, only inside the folder the clerk chose in
 * its dialog, and replaces or removes only files the folder's manifest says Chamber wrote. A browser tab has none
 * of these operations and publishes through a directory handle instead.
 */
export function desktopPublishing(chamber: ChamberBridge = bridge()): PublishingOperations | undefined {
  if (
    !chamber.chooseFolder ||
    !chamber.listPublishingFolder ||
    !chamber.readPublishedFile ||
    !chamber.writePublishedFile ||
    !chamber.removePublishedFile
  )
    return undefined;
  const operations = chamber as ChamberBridge & PublishingOperations;
  // Each is called on the bridge itself, so a bridge whose methods use `this` still works.
  return {
    chooseFolder: (kind) => operations.chooseFolder(kind),
    listPublishingFolder: (location) => operations.listPublishingFolder(location),
    readPublishedFile: (request) => operations.readPublishedFile(request),
    writePublishedFile: (request) => operations.writePublishedFile(request),
    removePublishedFile: (request) => operations.removePublishedFile(request),
  };
}

export function desktopPublishingFolder(
  operations: PublishingOperations,
  location: string,
): PublishingFolder {
  return {
    list: () => operations.listPublishingFolder(location),
    read: (name) => operations.readPublishedFile({ location, name }),
    write: (name, file) => operations.writePublishedFile({ location, name, bytes: joined(file) }),
    remove: (name) => operations.removePublishedFile({ location, name }),
  };
}

/** The last part of a path, as the clerk knows the folder ("committees" for C:\Website\committees). */
export function folderNameOf(location: string): string {
  return location.split(/[\\/]/).filter(Boolean).pop() ?? location;
}

function joined(file: { parts: Uint8Array[]; size: number }): Uint8Array {
  if (file.parts.length === 1 && file.parts[0]) return file.parts[0];
  const bytes = new Uint8Array(file.size);
  let at = 0;
  for (const part of file.parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}
