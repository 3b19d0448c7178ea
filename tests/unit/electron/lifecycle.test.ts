import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../../electron/shared/ipc-channels';
import { runChamber } from '../../../electron/main/lifecycle';
import * as fake from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).fakeElectron);

const argv = process.argv;
let profile: string;
const uncaughtBefore = process.listeners('uncaughtException');
const unhandledBefore = process.listeners('unhandledRejection');

beforeEach(() => {
  fake.resetFakeElectron();
  const { fakeApp } = fake;
  profile = mkdtempSync(join(tmpdir(), 'chamber-profile-'));
  fakeApp.getPath.mockImplementation((name: string) => join(profile, name));
  Object.assign(process, { resourcesPath: join(profile, 'resources') });
});
afterEach(() => {
  rmSync(profile, { recursive: true, force: true });
  process.argv = argv;
  // Main logs uncaught errors; in the test runner they must stay the runner's to report.
  for (const listener of process.listeners('uncaughtException')) {
    if (!uncaughtBefore.includes(listener)) process.off('uncaughtException', listener);
  }
  for (const listener of process.listeners('unhandledRejection')) {
    if (!unhandledBefore.includes(listener)) process.off('unhandledRejection', listener);
  }
});

/** Start main as Electron would, and wait for the ready app to set its menu. */
async function startMain(): Promise<void> {
  runChamber();
  await vi.waitFor(() => expect(fake.fakeElectron.Menu.setApplicationMenu).toHaveBeenCalled());
}

describe('starting Chamber', () => {
  it('locks everything down, then opens one window on chamber://app/', async () => {
    await startMain();
    expect(fake.fakeElectron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(fake.fakeApp.listenerCount('web-contents-created')).toBe(1);
    expect(fake.fakeSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.fakeSession.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(fake.fakeSession.setSpellCheckerLanguages).toHaveBeenCalledWith(['en-GB']);
    expect(fake.fakeApp.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'en-GB');
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(
      [
        ipcChannels.appInfo,
        ipcChannels.logError,
        ipcChannels.openFiles,
        ipcChannels.openWithSystem,
        ipcChannels.saveFile,
        ipcChannels.showInFolder,
        ipcChannels.chooseFolder,
        ipcChannels.defaultBackupsFolder,
        ipcChannels.listFolder,
        ipcChannels.readFolderFile,
        ipcChannels.writeFolderFile,
        ipcChannels.removeFolderFile,
        ipcChannels.readFolderFileChunk,
        ipcChannels.writeFolderFileChunk,
        ipcChannels.abandonFolderFileWrite,
        ipcChannels.chooseSaveFile,
        ipcChannels.pickChamberFile,
        ipcChannels.listPublishingFolder,
        ipcChannels.readPublishedFile,
        ipcChannels.writePublishedFile,
        ipcChannels.removePublishedFile,
        ipcChannels.printToPdf,
      ].sort(),
    );
    expect(fake.FakeBrowserWindow.created).toHaveLength(1);
    const [window] = fake.FakeBrowserWindow.created;
    expect(window?.loadURL).toHaveBeenCalledWith('chamber://app/index.html');
    const options = window?.options as { webPreferences: { preload: string } };
    expect(options.webPreferences.preload).toMatch(/preload\.cjs$/);
  });

  it('quits at once when another Chamber is already running', async () => {
    fake.fakeApp.requestSingleInstanceLock.mockReturnValue(false);
    runChamber();
    expect(fake.fakeApp.quit).toHaveBeenCalled();
    expect(fake.FakeBrowserWindow.created).toHaveLength(0);
  });

  it('shows a .chamber file it was launched with once the page has loaded', async () => {
    const file = join(profile, 'Planning.chamber');
    writeFileSync(file, 'export');
    process.argv = [argv[0] ?? 'node', file];
    await startMain();
    const [window] = fake.FakeBrowserWindow.created;
    expect(window?.webContents.send).not.toHaveBeenCalled();
    window?.webContents.emit('did-finish-load');
    await vi.waitFor(() =>
      expect(window?.webContents.send).toHaveBeenCalledWith(
        ipcChannels.openChamberFile,
        expect.objectContaining({ name: 'Planning.chamber' }),
      ),
    );
  });

  it('sends menu commands to the window', async () => {
    await startMain();
    const [template] = fake.fakeElectron.Menu.buildFromTemplate.mock.calls[0] as [
      { label?: string; submenu?: { label?: string; click?: () => void }[] }[],
    ];
    template[0]?.submenu?.find((item) => item.label === 'New meeting')?.click?.();
    expect(fake.FakeBrowserWindow.created[0]?.webContents.send).toHaveBeenCalledWith(
      ipcChannels.menuCommand,
      'new-meeting',
    );
  });
});
