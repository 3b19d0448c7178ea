import { app, BrowserWindow, dialog, Menu, screen, session, shell } from 'electron';
import { ipcChannels } from '../shared/ipc-channels';
import { appEntry, handleAppScheme, registerAppScheme } from './app-protocol';
import { chamberFileInArguments, createChamberFileInbox } from './chamber-file';
import { enforceContentSecurityPolicy } from './csp';
import { chamberFolders } from './folders';
import { registerAppInfo } from './ipc/app-info';
import { registerErrorLog } from './ipc/error-log';
import { registerFiles } from './ipc/files';
import { registerPrintToPdf } from './ipc/print-pdf';
import { useBritishDates } from './locale';
import { createErrorLog, describeError, logRendererErrors } from './log';
import { menuTemplate } from './menu';
import { denyPermissions, secureApp } from './security';
import { claimSingleInstance } from './single-instance';
import { showContextMenus, useBritishSpelling } from './spellcheck';
import { bringToFront, createMainWindow } from './window';
import { loadWindowState, rememberWindowState } from './window-state';

/**
 * Chamber's lifecycle: each concern lives in its own module and is wired together here. Runs once, when
 * Electron loads main (index.ts); the scheme must be registered and the app secured before it is ready.
 */
export function runChamber(): void {
  registerAppScheme();
  useBritishDates(app);
  secureApp(app);

  const folders = chamberFolders(app, __dirname, process.resourcesPath);
  const log = createErrorLog(folders.logs);
  process.on('uncaughtException', (error) => log.write('main', describeError(error)));
  process.on('unhandledRejection', (reason) => log.write('main', describeError(reason)));

  let window: BrowserWindow | undefined;

  const inbox = createChamberFileInbox(
    (file) => window?.webContents.send(ipcChannels.openChamberFile, file),
    (message) => {
      log.write('main', message);
      dialog.showErrorBox('Chamber could not open the file', message);
    },
  );

  function openWindow(): void {
    const areas = screen.getAllDisplays().map((display) => display.workArea);
    const opened = createMainWindow(loadWindowState(folders.windowState, areas), folders.preload);
    window = opened;
    rememberWindowState(opened, folders.windowState, (error) => log.write('main', describeError(error)));
    showContextMenus(opened.webContents, session.defaultSession);
    logRendererErrors(opened.webContents, log);
    opened.webContents.on('did-finish-load', () => void inbox.pageReady());
    opened.on('closed', () => {
      if (window === opened) window = undefined;
    });
    opened.loadURL(appEntry).catch((error: unknown) => log.write('main', describeError(error)));
  }

  function setMenu(): void {
    const template = menuTemplate(
      { platform: process.platform, appName: app.name, developerTools: !app.isPackaged },
      {
        send: (command) => window?.webContents.send(ipcChannels.menuCommand, command),
        openDataFolder: () => void shell.openPath(folders.data),
        showErrorLog: () => shell.showItemInFolder(log.file),
        showAbout: () => app.showAboutPanel(),
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  async function start(): Promise<void> {
    await app.whenReady();
    const defaultSession = session.defaultSession;
    denyPermissions(defaultSession);
    enforceContentSecurityPolicy(defaultSession);
    useBritishSpelling(defaultSession, process.platform, folders.dictionaries);
    handleAppScheme(folders.renderer);
    registerAppInfo();
    registerErrorLog(log);
    registerFiles(() => window, folders);
    registerPrintToPdf();
    app.setAboutPanelOptions({ applicationName: app.name, applicationVersion: app.getVersion() });
    setMenu();
    openWindow();
  }

  const firstCopy = claimSingleInstance(app, {
    focus: () => {
      if (window) bringToFront(window);
    },
    openChamberFile: (path) => void inbox.receive(path),
  });

  if (firstCopy) {
    app.on('window-all-closed', () => {
      if (process.platform !== 'darwin') app.quit();
    });
    app.on('activate', () => {
      if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openWindow();
    });
    const launchedWith = chamberFileInArguments(process.argv.slice(1), process.cwd());
    if (launchedWith !== undefined) void inbox.receive(launchedWith);
    start().catch((error: unknown) => {
      log.write('main', describeError(error));
      dialog.showErrorBox('Chamber could not start', `${describeError(error)}\n\nThe log is at ${log.file}.`);
      app.exit(1);
    });
  } else {
    app.quit();
  }
}
