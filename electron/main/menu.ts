import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/bridge';

/** What the menu needs from the rest of main; index.ts wires these to the window and the shell. */
export type MenuActions = {
  send(command: MenuCommand): void;
  openDataFolder(): void;
  showErrorLog(): void;
  showAbout(): void;
};

export type MenuOptions = { platform: NodeJS.Platform; appName: string; developerTools: boolean };

/**
 * The native menu, in the platform's conventions: on macOS the app menu comes first and holds About and Quit;
 * on Windows and Linux, Exit closes the File menu and About sits under Help. Accelerators use CmdOrCtrl, so
 * Ctrl+N on a council laptop is Cmd+N on a Mac.
 */
export function menuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  // "&File" gives Alt+F on Windows and Linux; macOS has no mnemonics and would show the ampersand.
  const label = (text: string): string => (mac ? text.replace('&', '') : text);
  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { label: `About ${options.appName}`, click: () => actions.showAbout() },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: label('&File'),
    submenu: [
      { label: 'New meeting', accelerator: 'CmdOrCtrl+N', click: () => actions.send('new-meeting') },
      { type: 'separator' },
      { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => actions.send('import') },
      { label: 'Export…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.send('export') },
      { type: 'separator' },
      { label: 'Print agenda pack…', accelerator: 'CmdOrCtrl+P', click: () => actions.send('print-pack') },
      { type: 'separator' },
      { label: 'Open data folder', click: () => actions.openDataFolder() },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'E&xit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: label('&Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: label('&View'),
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      // Developer tools only for developers: a clerk's packaged app never shows them.
      ...(options.developerTools
        ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]
        : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: label('&Help'),
    role: 'help',
    submenu: [
      {
        label: 'Keyboard shortcuts',
        accelerator: 'CmdOrCtrl+/',
        click: () => actions.send('keyboard-shortcuts'),
      },
      { label: 'Show error log', click: () => actions.showErrorLog() },
      ...(mac
        ? []
        : [
            { type: 'separator' } as const,
            { label: label(`&About ${options.appName}`), click: () => actions.showAbout() },
          ]),
    ],
  };
  const window: MenuItemConstructorOptions = { role: 'windowMenu' };
  return mac ? [appMenu, file, edit, view, window, help] : [file, edit, view, help];
}
