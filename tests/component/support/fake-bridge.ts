import type { ChamberBridge, PickedFile, SaveFileRequest } from '../../../electron/shared/bridge';

// happy-dom's Animation.cancel() rejects a promise nobody awaits when Fluent's message bars unmount; without the
// Web Animations API Fluent simply shows them at once, which is all these tests need.
if (typeof Element !== 'undefined') Element.prototype.animate = (() => null) as unknown as Element['animate'];

/** A bridge that keeps what Chamber saves and hands over the files a test queues as if the clerk picked them. */
export function fakeBridge(): { saved: SaveFileRequest[]; toPick: PickedFile[][] } {
  const saved: SaveFileRequest[] = [];
  const toPick: PickedFile[][] = [];
  const chamber: ChamberBridge = {
    appInfo: async () => ({ shell: 'browser', version: 'test', platform: 'test' }),
    saveFile: async (request) => {
      saved.push(request);
      return { saved: true, location: `Downloads/${request.suggestedName}` };
    },
    openFiles: async () => toPick.shift() ?? [],
    openWithSystem: async () => undefined,
    logError: async () => undefined,
    showInFolder: async () => undefined,
    onMenuCommand: () => () => undefined,
    onOpenChamberFile: () => () => undefined,
  };
  window.chamber = chamber;
  return { saved, toPick };
}
