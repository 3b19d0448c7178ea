import type { IpcMainInvokeEvent } from 'electron';
import { ipcMain } from 'electron';
import { isAppUrl } from '../security';

/**
 * Register one bridge operation. Only Chamber's own page may call it: a message from any other frame (there
 * should be none, but defence in depth) is refused before the handler sees its arguments.
 */
export function handle(channel: string, handler: (...args: unknown[]) => unknown): void {
  ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
    const url = event.senderFrame?.url ?? '';
    if (!isAppUrl(url))
      throw new Error(`Chamber refused a request from a page that is not Chamber (${url}).`);
    return handler(...args);
  });
}
