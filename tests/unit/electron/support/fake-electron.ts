import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module: the binary cannot run on these machines, so main is tested against
 * objects that record what it asked Electron to do. Use with
 * `vi.mock('electron', async () => (await import('./support/fake-electron')).fakeElectron)`.
 */
type Handler = (...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: Handler | undefined;
  setWindowOpenHandler = vi.fn((handler: Handler) => {
    this.windowOpenHandler = handler;
  });
  send = vi.fn();
  replaceMisspelling = vi.fn();
  /** Set to make the next print fail, as a printer driver or a full disk would. */
  static printFailure: Error | undefined;
  printToPDF = vi.fn(async (_options: unknown) => {
    if (FakeWebContents.printFailure) throw FakeWebContents.printFailure;
    return Buffer.from('%PDF-1.7 printed');
  });
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  static getAllWindows = (): FakeBrowserWindow[] => FakeBrowserWindow.created;
  webContents = new FakeWebContents();
  minimised = false;
  maximised = false;
  maximize = vi.fn();
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  loadURL = vi.fn(async (_url: string) => {});
  destroy = vi.fn();
  isMinimized = (): boolean => this.minimised;
  isMaximized = (): boolean => this.maximised;
  getNormalBounds = vi.fn(() => ({ x: 40, y: 30, width: 1100, height: 750 }));
  constructor(readonly options: unknown) {
    super();
    FakeBrowserWindow.created.push(this);
  }
}

/** ipcMain.handle registrations, by channel. */
export const ipcHandlers = new Map<string, Handler>();

/** Call a registered handler as the page at senderUrl would through ipcRenderer.invoke. */
export async function invoke(channel: string, senderUrl: string, ...args: unknown[]): Promise<unknown> {
  const handler = ipcHandlers.get(channel);
  if (!handler) throw new Error(`No handler registered for ${channel}`);
  return handler({ senderFrame: { url: senderUrl } }, ...args);
}

export const fakeApp = Object.assign(new EventEmitter(), {
  name: 'Chamber',
  requestSingleInstanceLock: vi.fn(() => true),
  getVersion: vi.fn(() => '0.1.0'),
  getPath: vi.fn((name: string) => `/fake/${name}`),
  quit: vi.fn(),
  exit: vi.fn(),
  isPackaged: true,
  isReady: vi.fn(() => true),
  whenReady: vi.fn(async () => {}),
  setAboutPanelOptions: vi.fn(),
  showAboutPanel: vi.fn(),
  commandLine: { appendSwitch: vi.fn() },
});

/** The default session: records every handler main installs on it. */
export const fakeSession = {
  webRequest: { onHeadersReceived: vi.fn() },
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
  setDevicePermissionHandler: vi.fn(),
  setSpellCheckerLanguages: vi.fn(),
  setSpellCheckerDictionaryDownloadURL: vi.fn(),
  setSpellCheckerEnabled: vi.fn(),
  addWordToSpellCheckerDictionary: vi.fn(),
};

/** The print window's own session (print-pdf.ts): records the filter main puts on its requests. */
export const fakePrintSession = { webRequest: { onBeforeRequest: vi.fn() } };

export const fakeElectron = {
  app: fakeApp,
  BrowserWindow: FakeBrowserWindow,
  ipcMain: { handle: vi.fn((channel: string, handler: Handler) => ipcHandlers.set(channel, handler)) },
  dialog: {
    showSaveDialog: vi.fn(),
    showOpenDialog: vi.fn(),
    showErrorBox: vi.fn(),
    showMessageBox: vi.fn(),
  },
  shell: { openPath: vi.fn(async () => ''), showItemInFolder: vi.fn() },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  session: { defaultSession: fakeSession, fromPartition: vi.fn((_name: string) => fakePrintSession) },
  screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]) },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template, popup: vi.fn() })),
    setApplicationMenu: vi.fn(),
  },
};

export function resetFakeElectron(): void {
  vi.clearAllMocks();
  ipcHandlers.clear();
  FakeBrowserWindow.created = [];
  FakeWebContents.printFailure = undefined;
  fakeApp.removeAllListeners();
  fakeApp.requestSingleInstanceLock.mockReturnValue(true);
  fakeApp.whenReady.mockResolvedValue(undefined);
  fakeElectron.shell.openPath.mockResolvedValue('');
}

/** An Electron-style event whose preventDefault the tests can check. */
export function fakeEvent(): { preventDefault: ReturnType<typeof vi.fn> } {
  return { preventDefault: vi.fn() };
}
