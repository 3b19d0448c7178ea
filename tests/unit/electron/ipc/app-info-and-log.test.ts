import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerAppInfo } from '../../../../electron/main/ipc/app-info';
import { registerErrorLog } from '../../../../electron/main/ipc/error-log';
import { createErrorLog } from '../../../../electron/main/log';
import { ipcChannels } from '../../../../electron/shared/ipc-channels';
import { invoke, resetFakeElectron } from '../support/fake-electron';

vi.mock('electron', async () => (await import('../support/fake-electron')).fakeElectron);

const page = 'chamber://app/index.html';

beforeEach(resetFakeElectron);

describe('app information', () => {
  it('tells the page it runs in the desktop shell, and which version', async () => {
    registerAppInfo();
    await expect(invoke(ipcChannels.appInfo, page)).resolves.toEqual({
      shell: 'electron',
      version: '0.1.0',
      platform: process.platform,
    });
  });
});

describe("the renderer's errors", () => {
  it('go into the local log, marked as the renderer’s', async () => {
    const log = createErrorLog(mkdtempSync(join(tmpdir(), 'chamber-log-')));
    registerErrorLog(log);
    await invoke(ipcChannels.logError, page, 'TypeError: minute is undefined');
    expect(readFileSync(log.file, 'utf8')).toMatch(/\[renderer\] TypeError: minute is undefined\n$/);
    await expect(invoke(ipcChannels.logError, page, 42)).rejects.toThrow(/must be text/);
  });
});
