import { ipcChannels } from '../../shared/ipc-channels';
import type { ErrorLog } from '../log';
import { handle } from './handle';
import { checkLogMessage } from './validate';

/** The renderer's errors go into the same local log as main's, marked [renderer]. */
export function registerErrorLog(log: ErrorLog): void {
  handle(ipcChannels.logError, (message) => {
    log.write('renderer', checkLogMessage(message));
  });
}
