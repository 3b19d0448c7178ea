import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readChamberFile } from '../../../../electron/main/chamber-file';
import { registerFiles } from '../../../../electron/main/ipc/files';
import { maxFileBytes } from '../../../../electron/main/ipc/validate';
import type { ChamberBridge } from '../../../../electron/shared/bridge';
import type { FileParts } from '../../../../renderer/sync';
import { ipcChannels } from '../../../../electron/shared/ipc-channels';
import {
  pickChamberFile,
  readOpenedFile,
  saveChamberFile,
  type FileMaker,
} from '../../../../renderer/ui/features/sync/chamber-file-pieces';
import { fakeElectron, invoke, resetFakeElectron } from '../support/fake-electron';
import { inParts } from '../support/file-parts';

vi.mock('electron', async () => (await import('../support/fake-electron')).fakeElectron);

const page = 'chamber://app/index.html#/sync';
const filters = [{ name: 'Chamber export', extensions: ['chamber'] }];
/** Just over the old one-message limit: a 12-year archive export that has grown past it. */
const justOver = maxFileBytes + 1;
let root: string;

beforeEach(() => {
  resetFakeElectron();
  root = mkdtempSync(join(tmpdir(), 'chamber-big-'));
  const folders = {
    documents: join(root, 'Documents'),
    backups: join(root, 'Backups'),
    temp: join(root, 'temp'),
  };
  registerFiles(() => undefined, folders);
});
// The tests write files of over 256 MB: left behind, a few CI runs fill the disk.
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The page's side of the bridge over main's real handlers: what the preload passes through. */
const call =
  (channel: string) =>
  (request: unknown): Promise<never> =>
    invoke(channel, page, request) as Promise<never>;
const desktop = {
  saveFile: call(ipcChannels.saveFile),
  openFiles: call(ipcChannels.openFiles),
  chooseSaveFile: call(ipcChannels.chooseSaveFile),
  pickChamberFile: call(ipcChannels.pickChamberFile),
  readFolderFileChunk: call(ipcChannels.readFolderFileChunk),
  writeFolderFileChunk: call(ipcChannels.writeFolderFileChunk),
  abandonFolderFileWrite: call(ipcChannels.abandonFolderFileWrite),
} as unknown as ChamberBridge;

/** An export that is already made, written out part by part; gives back its size. */
function made(file: FileParts): FileMaker<number> {
  return {
    toSink: async (sink) => {
      for (const part of file.parts) await sink.write(part);
      await sink.close();
      return file.size;
    },
    held: async () => ({ result: file.size, file }),
  };
}

/** The page writing a file in the temp folder without a dialog having given it that file: refused. */
const writeUnasked = (name: string) =>
  invoke(ipcChannels.writeFolderFileChunk, page, {
    location: root,
    name,
    offset: 0,
    bytes: new Uint8Array([2]),
    done: true,
  });

/** A sparse file of `size` bytes with known bytes at its start and end, so reading it whole can be checked. */
function bigFile(name: string, size: number): string {
  const path = join(root, name);
  const fd = openSync(path, 'w');
  writeSync(fd, new Uint8Array([1, 2, 3]), 0, 3, 0);
  writeSync(fd, new Uint8Array([7, 8, 9]), 0, 3, size - 3);
  closeSync(fd);
  return path;
}

const ends = (bytes: Uint8Array): number[] => [...bytes.subarray(0, 3), ...bytes.subarray(bytes.length - 3)];

describe('saving an export over 256 MB through the save dialog', () => {
  it('writes it in pieces where the clerk chose, renamed into place whole, and may show it in its folder', async () => {
    const target = join(root, 'Everything 2026-11-24.chamber');
    fakeElectron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const bytes = new Uint8Array(justOver);
    for (let at = 0; at < bytes.length; at += 4093) bytes[at] = at % 251;
    await expect(
      saveChamberFile('Everything 2026-11-24.chamber', filters, made(inParts(bytes)), desktop),
    ).resolves.toBe(justOver);
    expect(fakeElectron.dialog.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: join(root, 'Backups', 'Everything 2026-11-24.chamber'),
      filters,
    });
    expect(
      readdirSync(root).filter((name) => name.endsWith('.chamber') || name.endsWith('.writing')),
    ).toEqual(['Everything 2026-11-24.chamber']);
    expect(statSync(target).size).toBe(justOver);
    const back = await readOpenedFile(
      { location: root, name: 'Everything 2026-11-24.chamber' },
      desktop,
    ).catch((error: Error) => error);
    // Saving allows writing that one file, not reading it back nor anything else in its folder.
    expect(back).toBeInstanceOf(Error);
    await invoke(ipcChannels.showInFolder, page, target);
    expect(fakeElectron.shell.showItemInFolder).toHaveBeenCalledWith(target);
  }, 30_000);

  it('writes nothing when the clerk cancels, and nothing but the chosen file in that folder', async () => {
    fakeElectron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(
      saveChamberFile('Everything.chamber', filters, made(inParts(new Uint8Array([1]))), desktop),
    ).resolves.toBeUndefined();
    fakeElectron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(root, 'Chosen') });
    await saveChamberFile('Everything.chamber', filters, made(inParts(new Uint8Array([1]))), desktop);
    // Linux's dialog adds no extension: Chamber does, so the file opens in Chamber again.
    expect(statSync(join(root, 'Chosen.chamber')).size).toBe(1);
    // The chosen file was for that one export: once written, the page may not write it again unasked.
    await expect(writeUnasked('Chosen.chamber')).rejects.toThrow(/has not been given the folder/);
    expect(statSync(join(root, 'Chosen.chamber')).size).toBe(1);
    await expect(writeUnasked('Other.chamber')).rejects.toThrow(/has not been given the folder/);
    await expect(
      invoke(ipcChannels.chooseSaveFile, page, { suggestedName: 'Minutes.docx', filters }),
    ).rejects.toThrow(/not a Chamber export/);
  });

  it('leaves the earlier file as it was, and nothing half written, when making the export fails midway', async () => {
    const target = join(root, 'Everything.chamber');
    writeFileSync(target, 'the earlier export');
    fakeElectron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const failing: FileMaker<number> = {
      toSink: async (sink) => {
        try {
          // Enough for several pieces to reach the disk before the failure.
          for (let n = 0; n < 30; n += 1) await sink.write(new Uint8Array(1024 * 1024).fill(n));
          throw new Error('The database closed.');
        } catch (error) {
          await sink.abandon();
          throw error;
        }
      },
      held: () => Promise.reject(new Error('not used on the desktop')),
    };
    await expect(saveChamberFile('Everything.chamber', filters, failing, desktop)).rejects.toThrow(
      'The database closed.',
    );
    expect(readFileSync(target, 'utf8')).toBe('the earlier export');
    expect(readdirSync(root).filter((name) => name.includes('Everything'))).toEqual(['Everything.chamber']);
    // The chosen file was for that export: the page may not write there again unasked.
    await expect(writeUnasked('Everything.chamber')).rejects.toThrow(/has not been given the folder/);
    expect(readFileSync(target, 'utf8')).toBe('the earlier export');
  });

  it('asks before replacing a file when the name it adds ".chamber" to is already taken', async () => {
    const existing = join(root, 'Chosen.chamber');
    writeFileSync(existing, 'the earlier export');
    fakeElectron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(root, 'Chosen') });
    fakeElectron.dialog.showMessageBox.mockResolvedValue({ response: 1, checkboxChecked: false });
    await expect(
      saveChamberFile('Everything.chamber', filters, made(inParts(new Uint8Array([1]))), desktop),
    ).resolves.toBeUndefined();
    expect(fakeElectron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: '"Chosen.chamber" already exists. Replace it?', cancelId: 1 }),
    );
    expect(readFileSync(existing, 'utf8')).toBe('the earlier export');

    fakeElectron.dialog.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
    await expect(
      saveChamberFile('Everything.chamber', filters, made(inParts(new Uint8Array([1]))), desktop),
    ).resolves.toBe(1);
    expect(statSync(existing).size).toBe(1);
  });

  it('does not ask again when the clerk typed the full name (the dialog asked already)', async () => {
    writeFileSync(join(root, 'Typed.chamber'), 'old');
    fakeElectron.dialog.showSaveDialog.mockResolvedValue({
      canceled: false,
      filePath: join(root, 'Typed.chamber'),
    });
    await saveChamberFile('Everything.chamber', filters, made(inParts(new Uint8Array([1, 2]))), desktop);
    expect(fakeElectron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(statSync(join(root, 'Typed.chamber')).size).toBe(2);
  });
});

describe('opening an export over 256 MB through the open dialog', () => {
  it('reads the picked file whole, in pieces, and allows reading it only', async () => {
    const path = bigFile('Archive 2014-2026.chamber', justOver);
    fakeElectron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    const picked = await pickChamberFile(filters, desktop);
    expect(picked?.name).toBe('Archive 2014-2026.chamber');
    expect(picked?.bytes.length).toBe(justOver);
    expect(ends(picked!.bytes)).toEqual([1, 2, 3, 7, 8, 9]);
    await expect(
      invoke(ipcChannels.writeFolderFileChunk, page, {
        location: root,
        name: 'Archive 2014-2026.chamber',
        offset: 0,
        bytes: new Uint8Array([1]),
        done: true,
      }),
    ).rejects.toThrow(/has not been given the folder/);
    expect(statSync(path).size).toBe(justOver);
  }, 30_000);

  it('refuses a file no Chamber export could be, and another kind of file, saying why', async () => {
    const huge = join(root, 'Huge.chamber');
    closeSync(openSync(huge, 'w'));
    truncateSync(huge, 5 * 1024 ** 3);
    fakeElectron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [huge] });
    await expect(pickChamberFile(filters, desktop)).rejects.toThrow(
      /is 5\.0 GB: no Chamber file is that large/,
    );
    fakeElectron.dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: [join(root, 'a.exe')],
    });
    await expect(pickChamberFile(filters, desktop)).rejects.toThrow(/not a Chamber export/);
    fakeElectron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(pickChamberFile(filters, desktop)).resolves.toBeUndefined();
  });

  it('keeps the old limit for papers picked through the ordinary open dialog', async () => {
    const path = bigFile('Big paper.pdf', justOver);
    fakeElectron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    await expect(invoke(ipcChannels.openFiles, page, { filters })).rejects.toThrow(
      /"Big paper\.pdf" is 268435457 bytes; Chamber opens files up to 268435456 bytes/,
    );
  });
});

describe('a double-clicked export over 256 MB', () => {
  it('is named to the page, which reads it whole in pieces', async () => {
    const path = bigFile('Archive.chamber', justOver);
    const opened = await readChamberFile(path);
    expect(opened).toEqual({ location: root, name: 'Archive.chamber' });
    const file = await readOpenedFile(opened, desktop);
    expect(file.bytes.length).toBe(justOver);
    expect(ends(file.bytes)).toEqual([1, 2, 3, 7, 8, 9]);
  }, 30_000);

  it('is refused with a clear message when no Chamber file could be that large', async () => {
    const huge = join(root, 'Huge.chamber');
    closeSync(openSync(huge, 'w'));
    truncateSync(huge, 5 * 1024 ** 3);
    await expect(readChamberFile(huge)).rejects.toThrow(/is 5\.0 GB: no Chamber file is that large/);
  });
});
