import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerFiles } from '../../../../electron/main/ipc/files';
import { ipcChannels } from '../../../../electron/shared/ipc-channels';
import { fakeElectron, invoke, resetFakeElectron } from '../support/fake-electron';

vi.mock('electron', async () => (await import('../support/fake-electron')).fakeElectron);

const page = 'chamber://app/index.html#/meetings/1';
const docx = [{ name: 'Word document', extensions: ['docx'] }];
let root: string;
let folders: { documents: string; backups: string; temp: string };

beforeEach(() => {
  resetFakeElectron();
  root = mkdtempSync(join(tmpdir(), 'chamber-files-'));
  folders = { documents: join(root, 'Documents'), backups: join(root, 'Backups'), temp: join(root, 'temp') };
  registerFiles(() => undefined, folders);
});

const save = (overrides: object = {}): Promise<unknown> =>
  invoke(ipcChannels.saveFile, page, {
    suggestedName: 'Minutes.docx',
    bytes: new TextEncoder().encode('minutes'),
    filters: docx,
    ...overrides,
  });

describe('saving a document', () => {
  it('asks where, offering the suggested name in Documents, and writes it there', async () => {
    const target = join(root, 'Minutes 13 March 2013.docx');
    fakeElectron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(save()).resolves.toEqual({ saved: true, location: target });
    expect(fakeElectron.dialog.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: join(folders.documents, 'Minutes.docx'),
      filters: docx,
    });
    expect(readFileSync(target, 'utf8')).toBe('minutes');
  });

  it('offers exports in the backups folder beside the data', async () => {
    fakeElectron.dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    await save({ suggestedName: 'Planning 2026-03-13.chamber' });
    expect(fakeElectron.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join(folders.backups, 'Planning 2026-03-13.chamber') }),
    );
  });

  it('writes nothing when the clerk cancels', async () => {
    fakeElectron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(save()).resolves.toEqual({ saved: false });
    expect(readdirSync(root).sort()).toEqual(['Documents']);
  });

  it('refuses a bad request before any dialog opens', async () => {
    await expect(save({ suggestedName: '../../evil.docx' })).rejects.toThrow(/separator/);
    await expect(save({ bytes: 'not bytes' })).rejects.toThrow(/Uint8Array/);
    expect(fakeElectron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('answers only Chamber’s own page', async () => {
    await expect(invoke(ipcChannels.saveFile, 'https://example.com/', {})).rejects.toThrow(/not Chamber/);
    expect(fakeElectron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('shows in its folder only a file it saved', async () => {
    const target = join(root, 'Minutes.docx');
    fakeElectron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await save();
    await invoke(ipcChannels.showInFolder, page, target);
    expect(fakeElectron.shell.showItemInFolder).toHaveBeenCalledWith(target);
    await expect(invoke(ipcChannels.showInFolder, page, '/etc/passwd')).rejects.toThrow(/only shows files/);
  });
});

describe('opening files', () => {
  it('reads the files the clerk picked', async () => {
    const report = join(root, 'Officer report.docx');
    writeFileSync(report, 'report');
    fakeElectron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [report] });
    const picked = (await invoke(ipcChannels.openFiles, page, { filters: docx, multiple: true })) as {
      name: string;
      bytes: Uint8Array;
    }[];
    expect(picked.map((file) => [file.name, new TextDecoder().decode(file.bytes)])).toEqual([
      ['Officer report.docx', 'report'],
    ]);
    expect(fakeElectron.dialog.showOpenDialog).toHaveBeenCalledWith({
      filters: docx,
      properties: ['openFile', 'multiSelections'],
    });
  });

  it('returns nothing when the clerk cancels', async () => {
    fakeElectron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(invoke(ipcChannels.openFiles, page, { filters: docx })).resolves.toEqual([]);
  });

  it('writes a document to a private temp folder and opens it in the default program', async () => {
    await invoke(ipcChannels.openWithSystem, page, {
      name: 'Agenda pack.docx',
      bytes: new Uint8Array([80, 75]),
    });
    const [opened] = fakeElectron.shell.openPath.mock.calls[0] as unknown as [string];
    expect(opened.startsWith(folders.temp)).toBe(true);
    expect(opened.endsWith('Agenda pack.docx')).toBe(true);
    expect([...readFileSync(opened)]).toEqual([80, 75]);
  });

  it('says so when the default program cannot open it', async () => {
    fakeElectron.shell.openPath.mockResolvedValue('No application is associated with this file.');
    await expect(
      invoke(ipcChannels.openWithSystem, page, { name: 'Agenda.docx', bytes: new Uint8Array() }),
    ).rejects.toThrow(/could not be opened: No application/);
  });

  it('never opens a program', async () => {
    await expect(
      invoke(ipcChannels.openWithSystem, page, { name: 'setup.exe', bytes: new Uint8Array() }),
    ).rejects.toThrow(/not a document/);
    expect(fakeElectron.shell.openPath).not.toHaveBeenCalled();
  });
});
