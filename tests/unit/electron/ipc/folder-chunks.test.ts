import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerFolderAccess } from '../../../../electron/main/ipc/folder-access';
import type { FolderChunk, FolderFileRequest } from '../../../../electron/shared/bridge';
import { ipcChannels } from '../../../../electron/shared/ipc-channels';
import type { DesktopFolders } from '../../../../renderer/ui/features/sync/bridge-folder';
import {
  pieceSink,
  readInPieces,
  writeInPieces,
  writePieceBytes,
} from '../../../../renderer/ui/features/sync/folder-pieces';
import { invoke, resetFakeElectron } from '../support/fake-electron';
import { inParts } from '../support/file-parts';

vi.mock('electron', async () => (await import('../support/fake-electron')).fakeElectron);

const page = 'chamber://app/index.html#/sync';
let backups: string;
let root: string;

beforeEach(() => {
  resetFakeElectron();
  root = mkdtempSync(join(tmpdir(), 'chamber-pieces-'));
  backups = join(root, 'Backups');
  mkdirSync(backups);
  registerFolderAccess(() => undefined, { backups, approvedFolders: join(root, 'folders.json') });
});
// The test writes a 257 MB archive: left behind, a few CI runs fill the disk.
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The page's side of the bridge, over main's real handlers: what the preload would pass through. */
const folders = {
  readFolderFile: (request: FolderFileRequest) => invoke(ipcChannels.readFolderFile, page, request),
  writeFolderFile: (request: unknown) => invoke(ipcChannels.writeFolderFile, page, request),
  readFolderFileChunk: (request: unknown) =>
    invoke(ipcChannels.readFolderFileChunk, page, request) as Promise<FolderChunk>,
  writeFolderFileChunk: (request: unknown) => invoke(ipcChannels.writeFolderFileChunk, page, request),
} as unknown as DesktopFolders;

describe('a full archive larger than one message can carry', () => {
  it('is written in pieces, renamed into place only when whole, and read back exactly', async () => {
    const name = 'chamber-backup-2026-11-24-060000.chamber';
    const bytes = new Uint8Array(257 * 1024 * 1024);
    for (let at = 0; at < bytes.length; at += 4093) bytes[at] = at % 251;
    await writeInPieces(folders, { location: backups, name }, inParts(bytes));
    expect(readdirSync(backups)).toEqual([name]);
    expect(statSync(join(backups, name)).size).toBe(bytes.length);
    const read = await readInPieces(folders, { location: backups, name });
    expect(read.length).toBe(bytes.length);
    expect(Buffer.compare(Buffer.from(read.buffer, read.byteOffset, read.length), Buffer.from(bytes))).toBe(
      0,
    );
  }, 30_000);

  it('is sent in pieces of a few megabytes while it is made, each following on from the last', async () => {
    const sent: { offset: number; length: number; done: boolean; own: boolean }[] = [];
    const received: Uint8Array[] = [];
    const sink = pieceSink(
      async (piece) => {
        sent.push({
          offset: piece.offset,
          length: piece.bytes.length,
          done: piece.done,
          own: piece.bytes.byteLength === piece.bytes.buffer.byteLength,
        });
        // A message is copied as it is sent: the piece is lent only until this resolves.
        received.push(piece.bytes.slice());
      },
      { location: backups, name: 'chamber-office-1.chamber' },
    );
    const parts = Array.from({ length: 20 }, (_, n) => new Uint8Array(1024 * 1024 + 17).fill(n + 1));
    for (const part of parts) await sink.write(part);
    expect(sent.every((piece) => !piece.done)).toBe(true);
    await sink.close();
    const total = 20 * (1024 * 1024 + 17);
    expect(sent.map((piece) => piece.length)).toEqual([
      writePieceBytes,
      writePieceBytes,
      total - 2 * writePieceBytes,
    ]);
    expect(sent.map((piece) => piece.offset)).toEqual([0, writePieceBytes, 2 * writePieceBytes]);
    expect(sent.map((piece) => piece.done)).toEqual([false, false, true]);
    // Never a view on a larger buffer: a message would carry the whole of it.
    expect(sent.every((piece) => piece.own)).toBe(true);
    expect(Buffer.concat(received).equals(Buffer.concat(parts))).toBe(true);
  });

  it('leaves no file behind when a piece comes out of order', async () => {
    const name = 'chamber-backup-2026-11-24-060000.chamber';
    await invoke(ipcChannels.writeFolderFileChunk, page, {
      location: backups,
      name,
      offset: 0,
      bytes: new Uint8Array([1, 2, 3]),
      done: false,
    });
    await expect(
      invoke(ipcChannels.writeFolderFileChunk, page, {
        location: backups,
        name,
        offset: 10,
        bytes: new Uint8Array([4]),
        done: true,
      }),
    ).rejects.toThrow(/was not written in order: start again/);
    expect(readdirSync(backups)).toEqual([]);
  });

  it('refuses a file no Chamber file could be, saying so, and reads nothing of it', async () => {
    const name = 'chamber-backup-2026-11-24-070000.chamber';
    writeFileSync(join(backups, name), '');
    truncateSync(join(backups, name), 5 * 1024 ** 3);
    await expect(readInPieces(folders, { location: backups, name })).rejects.toThrow(
      /is 5\.0 GB: no Chamber file is that large \(the limit is 4 GB\)/,
    );
  });

  it('still reads a small file in one piece', async () => {
    const name = 'chamber-office-1.chamber';
    writeFileSync(join(backups, name), new Uint8Array([7, 8, 9]));
    expect([...(await readInPieces(folders, { location: backups, name }))]).toEqual([7, 8, 9]);
  });
});
