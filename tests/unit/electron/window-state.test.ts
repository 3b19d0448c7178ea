import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  defaultWindowState,
  loadWindowState,
  rememberWindowState,
  saveWindowState,
} from '../../../electron/main/window-state';
import { FakeBrowserWindow, resetFakeElectron } from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).fakeElectron);

const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];
let file: string;

beforeEach(() => {
  resetFakeElectron();
  file = join(mkdtempSync(join(tmpdir(), 'chamber-state-')), 'profile', 'window-state.json');
});

describe('window state', () => {
  it('comes back as it was saved', () => {
    const state = { bounds: { x: 100, y: 50, width: 1400, height: 900 }, maximised: true };
    saveWindowState(file, state);
    expect(loadWindowState(file, screen)).toEqual(state);
  });

  it('starts at the default size on first run or when the file is damaged', () => {
    expect(loadWindowState(file, screen)).toEqual(defaultWindowState);
    saveWindowState(file, defaultWindowState);
    writeFileSync(file, '{"bounds": ');
    expect(loadWindowState(file, screen)).toEqual(defaultWindowState);
  });

  it('centres a window that was last on a screen no longer attached', () => {
    saveWindowState(file, { bounds: { x: 3000, y: 200, width: 1200, height: 800 }, maximised: false });
    expect(loadWindowState(file, screen)).toEqual({ bounds: { width: 1200, height: 800 }, maximised: false });
  });

  it('never restores a window too small to use', () => {
    saveWindowState(file, { bounds: { x: 0, y: 0, width: 120, height: 90 }, maximised: false });
    expect(loadWindowState(file, screen).bounds).toMatchObject({ width: 800, height: 600 });
  });

  it('is written when the window closes, with its normal bounds', () => {
    const window = new FakeBrowserWindow({});
    window.maximised = true;
    rememberWindowState(window as unknown as BrowserWindow, file, (error) => {
      throw error;
    });
    window.emit('close');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      bounds: { x: 40, y: 30, width: 1100, height: 750 },
      maximised: true,
    });
  });
});
