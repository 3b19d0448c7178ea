import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bringToFront, createMainWindow } from '../../../electron/main/window';
import { FakeBrowserWindow, resetFakeElectron } from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).fakeElectron);

beforeEach(resetFakeElectron);

const state = { bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximised: true };

const optionsOf = (window: FakeBrowserWindow | undefined) =>
  window?.options as { title: string; webPreferences: Record<string, unknown> };

describe('the main window', () => {
  it('runs the page isolated, sandboxed, without Node and with web security on', () => {
    createMainWindow(state, '/app/dist/electron/preload.cjs');
    expect(optionsOf(FakeBrowserWindow.created[0]).webPreferences).toEqual({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      safeDialogs: true,
      spellcheck: true,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('opens where the clerk left it, no smaller than a usable minimum', () => {
    createMainWindow(state, 'preload.cjs');
    const options = optionsOf(FakeBrowserWindow.created[0]);
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, minWidth: 800, minHeight: 600 });
    expect(options.title).toBe('Chamber');
  });

  it('shows itself, maximised if it was, only when the first paint is ready', () => {
    createMainWindow(state, 'preload.cjs');
    const [window] = FakeBrowserWindow.created;
    expect(window?.show).not.toHaveBeenCalled();
    window?.emit('ready-to-show');
    expect(window?.maximize).toHaveBeenCalled();
    expect(window?.show).toHaveBeenCalled();
  });

  it('comes back from the taskbar when a second launch asks for it', () => {
    const window = new FakeBrowserWindow({});
    window.minimised = true;
    bringToFront(window as unknown as BrowserWindow);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});
