import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bringToFront, createMainWindow, mainWindowOptions } from '../../../electron/main/window';
import { FakeBrowserWindow, resetFakeElectron } from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).fakeElectron);

beforeEach(resetFakeElectron);

const state = { bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximised: true };

describe('the main window', () => {
  it('runs the page isolated, sandboxed, without Node and with web security on', () => {
    const options = mainWindowOptions(state, '/app/dist/electron/preload.cjs');
    expect(options.webPreferences).toMatchObject({
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
      spellcheck: true,
    });
  });

  it('opens where the clerk left it, no smaller than a usable minimum', () => {
    const options = mainWindowOptions(state, 'preload.cjs');
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
