import type { BrowserWindowConstructorOptions } from 'electron';
import { BrowserWindow } from 'electron';
import { minimumSize, type WindowState } from './window-state';

/**
 * The one place the window's security settings live. Each is stated even where it is Electron's default, so a
 * reviewer (and the tests, and Electronegativity) can see it, and a future default change cannot weaken it.
 */
export function mainWindowOptions(
  state: WindowState,
  preload: string,
  icon?: string,
): BrowserWindowConstructorOptions {
  return {
    ...state.bounds,
    minWidth: minimumSize.width,
    minHeight: minimumSize.height,
    title: 'Chamber',
    show: false,
    backgroundColor: '#ffffff',
    ...(icon === undefined ? {} : { icon }),
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}

/** Create the main window hidden, and show it (maximised if it was) once the first paint is ready. */
export function createMainWindow(state: WindowState, preload: string, icon?: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(state, preload, icon));
  window.once('ready-to-show', () => {
    if (state.maximised) window.maximize();
    window.show();
  });
  return window;
}

/** A second launch brings the running window forward instead of opening another copy. */
export function bringToFront(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
