import { BrowserWindow } from 'electron';
import { minimumSize, type WindowState } from './window-state';

/** Create the main window hidden, and show it (maximised if it was) once the first paint is ready. */
export function createMainWindow(state: WindowState, preload: string): BrowserWindow {
  // The one place the window's security settings live, written out in full (even Electron's defaults) so a
  // reviewer, the tests and Electronegativity's static scan can all see them, and a changed default cannot
  // weaken them.
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: minimumSize.width,
    minHeight: minimumSize.height,
    title: 'Chamber',
    show: false,
    backgroundColor: '#ffffff',
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
      // A middle-click on a link would otherwise ask for a new window (which is denied anyway).
      disableBlinkFeatures: 'Auxclick',
    },
  });
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
