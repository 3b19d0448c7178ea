import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerFolderAccess } from '../../../../electron/main/ipc/folder-access';
import { ipcChannels } from '../../../../electron/shared/ipc-channels';
import { fakeElectron, invoke, resetFakeElectron } from '../support/fake-electron';

vi.mock('electron', async () => (await import('../support/fake-electron')).fakeElectron);

const page = 'chamber://app/index.html#/publishing';
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
let root: string;
let website: string;
let places: { backups: string; approvedFolders: string; approvedPublishingFolders: string };

beforeEach(() => {
  resetFakeElectron();
  root = mkdtempSync(join(tmpdir(), 'chamber-publishing-'));
  website = join(root, 'Website', 'committees');
  mkdirSync(website, { recursive: true });
  places = {
    backups: join(root, 'data', 'Backups'),
    approvedFolders: join(root, 'data', 'folders.json'),
    approvedPublishingFolders: join(root, 'data', 'publishing-folders.json'),
  };
  registerFolderAccess(() => undefined, places);
});

const chooseWebsite = async () => {
  fakeElectron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [website] });
  return invoke(ipcChannels.chooseFolder, page, 'publishing');
};
const write = (name: string, text: string) =>
  invoke(ipcChannels.writePublishedFile, page, { location: website, name, bytes: bytes(text) });
const remove = (name: string) => invoke(ipcChannels.removePublishedFile, page, { location: website, name });
const manifest = (files: Record<string, string>) =>
  JSON.stringify({ format: 'chamber-published', formatVersion: 1, files, meetings: {} });

describe('the folder the clerk publishes into', () => {
  it('is chosen in a folder dialog, remembered across a restart, and kept apart from the sync folders', async () => {
    await expect(chooseWebsite()).resolves.toEqual({ location: website, name: 'committees' });
    expect(fakeElectron.dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Choose the folder to publish the council’s pages into' }),
    );
    expect(JSON.parse(readFileSync(places.approvedPublishingFolders, 'utf8'))).toEqual([website]);
    expect(existsSync(places.approvedFolders)).toBe(false);
    resetFakeElectron();
    registerFolderAccess(() => undefined, places);
    await write('index.html', '<h1>Committees</h1>');
    await expect(invoke(ipcChannels.listPublishingFolder, page, website)).resolves.toEqual(['index.html']);
    // The .chamber operations do not reach it: a publishing folder is not a sync folder.
    await expect(invoke(ipcChannels.listFolder, page, website)).rejects.toThrow(/Choose it again/);
  });

  it('is the only folder written: any other, or a name reaching outside it, is refused before the disk', async () => {
    await chooseWebsite();
    const elsewhere = join(root, 'Documents');
    mkdirSync(elsewhere);
    await expect(
      invoke(ipcChannels.writePublishedFile, page, {
        location: elsewhere,
        name: 'a.html',
        bytes: bytes('x'),
      }),
    ).rejects.toThrow(/has not been given the folder .* to publish into/);
    for (const name of [
      '../escape.html',
      '..\\escape.html',
      'sub/page.html',
      '.hidden.html',
      'run.exe',
      'x.js',
    ]) {
      await expect(write(name, 'x'), name).rejects.toThrow(/folder separator|not a file Chamber publishes/);
    }
    await expect(
      invoke(ipcChannels.writePublishedFile, page, { location: website, name: 'a.html', bytes: 'text' }),
    ).rejects.toThrow(/must be the file's bytes/);
    expect(readdirSync(root).sort()).toEqual(['Documents', 'Website', 'data']);
    expect(readdirSync(website)).toEqual([]);
  });

  it('writes atomically: the file is whole, with no temp file left beside it', async () => {
    await chooseWebsite();
    await write('chamber-published.json', manifest({ 'index.html': 'pending' }));
    await write('index.html', '<h1>Committees</h1>');
    await write('index.html', '<h1>Committees and panels</h1>');
    expect(readFileSync(join(website, 'index.html'), 'utf8')).toBe('<h1>Committees and panels</h1>');
    expect(readdirSync(website).sort()).toEqual(['chamber-published.json', 'index.html']);
    await expect(
      invoke(ipcChannels.readPublishedFile, page, { location: website, name: 'index.html' }),
    ).resolves.toEqual(bytes('<h1>Committees and panels</h1>'));
  });

  it("never replaces a web team's file, nor lets a manifest claim one", async () => {
    await chooseWebsite();
    writeFileSync(join(website, 'index.html'), 'the web team’s own index');
    await expect(write('index.html', 'Chamber’s index')).rejects.toThrow(
      /already has a "index.html" that Chamber did not write/,
    );
    await expect(write('chamber-published.json', manifest({ 'index.html': 'pending' }))).rejects.toThrow(
      /cannot take "index.html" as its own/,
    );
    expect(readFileSync(join(website, 'index.html'), 'utf8')).toBe('the web team’s own index');
    expect(existsSync(join(website, 'chamber-published.json'))).toBe(false);
  });

  it('removes only a file it wrote that nobody has changed since', async () => {
    await chooseWebsite();
    writeFileSync(join(website, 'contact.html'), 'the web team’s page');
    await write('chamber-published.json', manifest({ 'old-paper.pdf': 'pending', 'edited.html': 'pending' }));
    await write('old-paper.pdf', 'paper');
    await write('edited.html', 'page');
    await write(
      'chamber-published.json',
      manifest({ 'old-paper.pdf': sha256('paper'), 'edited.html': sha256('page') }),
    );
    writeFileSync(join(website, 'edited.html'), 'page, corrected by the web team');
    await expect(remove('contact.html')).rejects.toThrow(/removes only files it wrote/);
    await expect(remove('edited.html')).rejects.toThrow(/removes only files it wrote/);
    await expect(remove('chamber-published.json')).rejects.toThrow(/removes only files it wrote/);
    await remove('old-paper.pdf');
    await remove('never-there.pdf');
    expect(readdirSync(website).sort()).toEqual(['chamber-published.json', 'contact.html', 'edited.html']);
  });

  it('does not write, read or remove through a link to somewhere else', async () => {
    await chooseWebsite();
    const secret = join(root, 'secret.html');
    writeFileSync(secret, 'not for the website');
    symlinkSync(secret, join(website, 'linked.html'));
    await write('chamber-published.json', manifest({}));
    await expect(write('linked.html', 'x')).rejects.toThrow(/did not write/);
    await expect(
      invoke(ipcChannels.readPublishedFile, page, { location: website, name: 'linked.html' }),
    ).rejects.toThrow(/not a file Chamber reads/);
    await expect(remove('linked.html')).rejects.toThrow(/removes only files it wrote/);
    expect(readFileSync(secret, 'utf8')).toBe('not for the website');
    await expect(invoke(ipcChannels.listPublishingFolder, page, website)).resolves.toEqual([
      'chamber-published.json',
    ]);
  });
});
