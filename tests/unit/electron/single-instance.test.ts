import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { App } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  chamberFileInArguments,
  createChamberFileInbox,
  readChamberFile,
} from '../../../electron/main/chamber-file';
import { claimSingleInstance } from '../../../electron/main/single-instance';
import { fakeApp, fakeEvent, resetFakeElectron } from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).fakeElectron);

beforeEach(resetFakeElectron);

function claim(): {
  focus: ReturnType<typeof vi.fn>;
  openChamberFile: ReturnType<typeof vi.fn>;
  first: boolean;
} {
  const handover = { focus: vi.fn(), openChamberFile: vi.fn() };
  return { ...handover, first: claimSingleInstance(fakeApp as unknown as App, handover) };
}

describe('one Chamber at a time', () => {
  it('a second copy gives way to the first', () => {
    fakeApp.requestSingleInstanceLock.mockReturnValue(false);
    expect(claim().first).toBe(false);
    expect(fakeApp.listenerCount('second-instance')).toBe(0);
  });

  it('a second launch with a .chamber file focuses the first and hands the file over', () => {
    const { focus, openChamberFile, first } = claim();
    expect(first).toBe(true);
    const argv = [
      'C:\\Program Files\\Chamber\\Chamber.exe',
      '--allow-file-access',
      'Planning 13 March.chamber',
    ];
    fakeApp.emit('second-instance', fakeEvent(), argv, '/home/clerk/Downloads');
    expect(focus).toHaveBeenCalled();
    expect(openChamberFile).toHaveBeenCalledWith(
      resolve('/home/clerk/Downloads', 'Planning 13 March.chamber'),
    );
  });

  it('a second plain launch only focuses the first', () => {
    const { focus, openChamberFile } = claim();
    fakeApp.emit('second-instance', fakeEvent(), ['Chamber'], '/');
    expect(focus).toHaveBeenCalled();
    expect(openChamberFile).not.toHaveBeenCalled();
  });

  it('takes files macOS opens with Chamber', () => {
    const { openChamberFile } = claim();
    const event = fakeEvent();
    fakeApp.emit('open-file', event, '/Users/clerk/Planning.chamber');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(openChamberFile).toHaveBeenCalledWith('/Users/clerk/Planning.chamber');
  });
});

describe('.chamber files', () => {
  it('are found among command-line arguments, not confused with flags', () => {
    expect(chamberFileInArguments(['.', '--inspect'], '/work')).toBeUndefined();
    expect(chamberFileInArguments(['/tmp/a.CHAMBER'], '/work')).toBe(resolve('/tmp/a.CHAMBER'));
  });

  it('are read for the import preview; other files are refused with a reason', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'chamber-file-'));
    writeFileSync(join(folder, 'Planning.chamber'), 'export');
    writeFileSync(join(folder, 'notes.txt'), 'x');
    const file = await readChamberFile(join(folder, 'Planning.chamber'));
    expect(file.name).toBe('Planning.chamber');
    expect('bytes' in file && new TextDecoder().decode(file.bytes)).toBe('export');
    await expect(readChamberFile(join(folder, 'notes.txt'))).rejects.toThrow(/not a Chamber export/);
  });

  it('wait until the page can show them, and a missing one is reported, not thrown', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'chamber-inbox-'));
    writeFileSync(join(folder, 'Planning.chamber'), 'export');
    const deliver = vi.fn();
    const report = vi.fn();
    const inbox = createChamberFileInbox(deliver, report);
    await inbox.receive(join(folder, 'Planning.chamber'));
    expect(deliver).not.toHaveBeenCalled();
    await inbox.pageReady();
    expect(deliver).toHaveBeenCalledWith(expect.objectContaining({ name: 'Planning.chamber' }));
    await inbox.receive(join(folder, 'Gone.chamber'));
    expect(report).toHaveBeenCalledWith(expect.stringContaining('Gone.chamber'));
  });
});
