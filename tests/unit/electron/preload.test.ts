import { beforeAll, describe, expect, it, vi } from 'vitest';
import type {
  ChamberBridge,
  MenuCommand,
  OpenedChamberFile,
  PickedFile,
} from '../../../electron/shared/bridge';
import { ipcChannels } from '../../../electron/shared/ipc-channels';

type RendererListener = (event: unknown, value: unknown) => void;

const exposed = new Map<string, unknown>();
const rendererListeners = new Map<string, RendererListener>();
const invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined);

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, listener: RendererListener) => rendererListeners.set(channel, listener),
  },
}));

let chamber: ChamberBridge;
const fromMain = (channel: string, value: unknown): void => rendererListeners.get(channel)?.({}, value);

beforeAll(async () => {
  await import('../../../electron/preload/index');
  chamber = exposed.get('chamber') as ChamberBridge;
});

describe('window.chamber', () => {
  it('is the only thing exposed, with one method per operation and no generic send or invoke', () => {
    expect([...exposed.keys()]).toEqual(['chamber']);
    expect(Object.keys(chamber).sort()).toEqual([
      'abandonFolderFileWrite',
      'appInfo',
      'chooseFolder',
      'chooseSaveFile',
      'defaultBackupsFolder',
      'listFolder',
      'listPublishingFolder',
      'logError',
      'onMenuCommand',
      'onOpenChamberFile',
      'openFiles',
      'openWithSystem',
      'pickChamberFile',
      'printToPdf',
      'readFolderFile',
      'readFolderFileChunk',
      'readPublishedFile',
      'removeFolderFile',
      'removePublishedFile',
      'saveFile',
      'showInFolder',
      'writeFolderFile',
      'writeFolderFileChunk',
      'writePublishedFile',
    ]);
  });

  it('passes each call to its own channel', async () => {
    const request = { suggestedName: 'Minutes.docx', bytes: new Uint8Array([1]), filters: [] };
    await chamber.saveFile(request);
    await chamber.logError('boom');
    await chamber.showInFolder('/home/clerk/Minutes.docx');
    expect(invoke.mock.calls).toEqual([
      [ipcChannels.saveFile, request],
      [ipcChannels.logError, 'boom'],
      [ipcChannels.showInFolder, '/home/clerk/Minutes.docx'],
    ]);
  });

  it('passes each folder operation to its own channel', async () => {
    invoke.mockClear();
    const file = { location: '/media/usb/Chamber', name: 'chamber-a-1.chamber' };
    await chamber.chooseFolder?.('sync');
    await chamber.defaultBackupsFolder?.();
    await chamber.listFolder?.(file.location);
    await chamber.readFolderFile?.(file);
    await chamber.writeFolderFile?.({ ...file, bytes: new Uint8Array([2]) });
    await chamber.removeFolderFile?.(file);
    expect(invoke.mock.calls).toEqual([
      [ipcChannels.chooseFolder, 'sync'],
      [ipcChannels.defaultBackupsFolder],
      [ipcChannels.listFolder, file.location],
      [ipcChannels.readFolderFile, file],
      [ipcChannels.writeFolderFile, { ...file, bytes: new Uint8Array([2]) }],
      [ipcChannels.removeFolderFile, file],
    ]);
  });

  it('passes the big .chamber file dialogs to their own channels', async () => {
    invoke.mockClear();
    const filters = [{ name: 'Chamber export', extensions: ['chamber'] }];
    await chamber.chooseSaveFile?.({ suggestedName: 'Everything.chamber', filters });
    await chamber.pickChamberFile?.({ filters });
    expect(invoke.mock.calls).toEqual([
      [ipcChannels.chooseSaveFile, { suggestedName: 'Everything.chamber', filters }],
      [ipcChannels.pickChamberFile, { filters }],
    ]);
  });

  it('keeps a .chamber file that arrives before anyone listens, and hands it to the first listener', () => {
    const file: PickedFile = { name: 'Planning.chamber', bytes: new Uint8Array([7]) };
    fromMain(ipcChannels.openChamberFile, file);
    const heard: OpenedChamberFile[] = [];
    const stop = chamber.onOpenChamberFile((received) => heard.push(received));
    expect(heard).toEqual([file]);
    stop();
    fromMain(ipcChannels.openChamberFile, file);
    expect(heard).toHaveLength(1);
  });

  it('delivers menu commands to listeners until they unsubscribe, and drops them when nobody listens', () => {
    fromMain(ipcChannels.menuCommand, 'export');
    const heard: MenuCommand[] = [];
    const stop = chamber.onMenuCommand((command) => heard.push(command));
    fromMain(ipcChannels.menuCommand, 'new-meeting');
    stop();
    fromMain(ipcChannels.menuCommand, 'print-pack');
    expect(heard).toEqual(['new-meeting']);
  });
});
