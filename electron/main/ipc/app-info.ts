import { app } from 'electron';
import type { AppInfo } from '../../shared/bridge';
import { ipcChannels } from '../../shared/ipc-channels';
import { handle } from './handle';

export function registerAppInfo(): void {
  handle(ipcChannels.appInfo, (): AppInfo => ({
    shell: 'electron',
    version: app.getVersion(),
    platform: process.platform,
  }));
}
