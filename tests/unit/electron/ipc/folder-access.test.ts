import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerFolderAccess } from '../../../../electron/main/ipc/folder-access';
import { ipcChannels } from '../../../../electron/shared/ipc-channels';
import { fakeElectron, invoke, resetFakeElectron } from '../support/fake-electron';

vi.mock('electron', async () => (await import('../support/fake-electron')).fakeElectron);

const page = 'chamber://app/index.html#/sync';
let root: string;
let backups: string;
let approvedFolders: string;
let usb: string;

beforeEach(() => {
  resetFakeElectron();
  root = mkdtempSync(join(tmpdir(), 'chamber-folders-'));
  backups = join(root, 'data', 'Backups');
  approvedFolders = join(root, 'data', 'folders.json');
  usb = join(root, 'usb', 'Council sync');
  mkdirSync(usb, { recursive: true });
  registerFolderAccess(() => undefined, { backups, approvedFolders });
});

const chooseUsb = async () => {
  fakeElectron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [usb] });
  return invoke(ipcChannels.chooseFolder, page, 'sync');
};

describe('the standard backups folder', () => {
  it('is made beside the data and usable without asking', async () => {
    await expect(invoke(ipcChannels.defaultBackupsFolder, page)).resolves.toEqual({
      location: backups,
      name: 'Backups',
    });
    expect(existsSync(backups)).toBe(true);
    const name = 'chamber-backup-2013-03-13-180000.chamber';
    await invoke(ipcChannels.writeFolderFile, page, {
      location: backups,
      name,
      bytes: new Uint8Array([1, 2]),
    });
    await expect(invoke(ipcChannels.listFolder, page, backups)).resolves.toEqual([{ name, size: 2 }]);
  });
});

describe('a folder the clerk chose', () => {
  it('is asked for in a folder dialog and remembered across a restart', async () => {
    await expect(chooseUsb()).resolves.toEqual({ location: usb, name: 'Council sync' });
    expect(fakeElectron.dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }),
    );
    expect(JSON.parse(readFileSync(approvedFolders, 'utf8'))).toContain(usb);
    // A restart: main registers again and reads what it remembered.
    resetFakeElectron();
    registerFolderAccess(() => undefined, { backups, approvedFolders });
    writeFileSync(join(usb, 'chamber-office-1.chamber'), 'office');
    await expect(invoke(ipcChannels.listFolder, page, usb)).resolves.toEqual([
      { name: 'chamber-office-1.chamber', size: 6 },
    ]);
  });

  it('must be chosen again when the file remembering it is damaged, and nothing else is lost', async () => {
    await chooseUsb();
    writeFileSync(approvedFolders, '{ not json');
    resetFakeElectron();
    registerFolderAccess(() => undefined, { backups, approvedFolders });
    await expect(invoke(ipcChannels.listFolder, page, usb)).rejects.toThrow(
      /Choose it again on the Sync screen/,
    );
    await expect(invoke(ipcChannels.listFolder, page, backups)).rejects.toThrow(/cannot be found/);
    await chooseUsb();
    await expect(invoke(ipcChannels.listFolder, page, usb)).resolves.toEqual([]);
  });

  it('is not changed when the clerk cancels', async () => {
    fakeElectron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(invoke(ipcChannels.chooseFolder, page, 'sync')).resolves.toBeUndefined();
    expect(existsSync(approvedFolders)).toBe(false);
  });

  it('reads, writes atomically and removes Chamber files, listing files only', async () => {
    await chooseUsb();
    mkdirSync(join(usb, 'Old minutes'));
    const name = 'chamber-chamber-000001363197600000-00001.chamber';
    await invoke(ipcChannels.writeFolderFile, page, {
      location: usb,
      name,
      bytes: new Uint8Array([7, 8, 9]),
    });
    expect(readdirSync(usb).filter((file) => file.endsWith('.tmp'))).toEqual([]);
    const read = (await invoke(ipcChannels.readFolderFile, page, { location: usb, name })) as Uint8Array;
    expect([...read]).toEqual([7, 8, 9]);
    await expect(invoke(ipcChannels.listFolder, page, usb)).resolves.toEqual([{ name, size: 3 }]);
    await invoke(ipcChannels.removeFolderFile, page, { location: usb, name });
    expect(readdirSync(usb)).toEqual(['Old minutes']);
  });
});

describe('what main refuses', () => {
  it('a folder the clerk never chose', async () => {
    await expect(invoke(ipcChannels.listFolder, page, join(root, 'usb'))).rejects.toThrow(
      /has not been given the folder .* Choose it again/,
    );
    await expect(
      invoke(ipcChannels.readFolderFile, page, { location: '/etc', name: 'passwd.chamber' }),
    ).rejects.toThrow(/has not been given/);
  });

  it('anything but a .chamber file, and names that leave the folder', async () => {
    await chooseUsb();
    writeFileSync(join(usb, 'Agenda.docx'), 'agenda');
    await expect(
      invoke(ipcChannels.removeFolderFile, page, { location: usb, name: 'Agenda.docx' }),
    ).rejects.toThrow(/not a Chamber file/);
    await expect(
      invoke(ipcChannels.writeFolderFile, page, {
        location: usb,
        name: '../escape.chamber',
        bytes: new Uint8Array(),
      }),
    ).rejects.toThrow(/separator/);
    await expect(invoke(ipcChannels.chooseFolder, page, 'documents')).rejects.toThrow(
      /not a folder Chamber uses/,
    );
    await expect(
      invoke(ipcChannels.writeFolderFile, page, { location: usb, name: 'x.chamber', bytes: 'text' }),
    ).rejects.toThrow(/Uint8Array/);
    expect(readFileSync(join(usb, 'Agenda.docx'), 'utf8')).toBe('agenda');
  });

  it('says a folder that has gone (a USB stick pulled out) cannot be found', async () => {
    await chooseUsb();
    const { rmSync } = await import('node:fs');
    rmSync(usb, { recursive: true });
    await expect(invoke(ipcChannels.listFolder, page, usb)).rejects.toThrow(
      /cannot be found\. If it is on a USB stick or a network share, check that it is connected/,
    );
  });

  it('answers only Chamber’s own page', async () => {
    await expect(invoke(ipcChannels.defaultBackupsFolder, 'https://example.com/')).rejects.toThrow(
      /not Chamber/,
    );
  });
});
