import { backupNow, isBackupDue } from './backups';
import { readBackupsKept, recordBackupMade, recordBackupProblem } from './backup-status';
import type { SyncFolder } from './folder';

/** The backups folder and how to name it to the clerk ("Backups", "D:\\Council\\Backups"). */
export type BackupTarget = { folder: SyncFolder; where: string };

export type DailyBackupsOptions = {
  /** The backups folder, or undefined when there is none to use yet (nothing is written then). */
  target: () => Promise<BackupTarget | undefined>;
  /** False while the clerk is typing or minuting a meeting live: the backup waits for a quiet moment. */
  isQuiet: () => boolean;
  /** Run once the page is idle (requestIdleCallback); returns a cancel. */
  whenIdle: (run: () => void) => () => void;
  /** The local error log (bridge().logError): a failure is logged and shown calmly, never thrown at the clerk. */
  log: (message: string) => void;
  now?: () => Date;
  /** How often to look whether a backup is due: hourly. */
  checkEveryMs?: number;
  /** How soon to look again when the clerk was busy. */
  retryWhenBusyMs?: number;
};

export const hour = 60 * 60 * 1000;

/** Make a backup if none was made in the last 24 hours; the name of the one made, or undefined. */
export async function backupIfDue(target: BackupTarget, now = new Date()): Promise<string | undefined> {
  if (!(await isBackupDue(target.folder, now))) return undefined;
  const name = await backupNow(target.folder, { keep: await readBackupsKept(), now });
  await recordBackupMade(name, target.where, now);
  return name;
}

/**
 * Look at start and then every hour whether a backup is due, and make it when the page is idle and the clerk
 * is not typing. One check at a time; a failure is recorded for the Backups panel and logged, and the next
 * hour tries again.
 *
 * @example const schedule = scheduleDailyBackups({ target, isQuiet, whenIdle, log }); ... schedule.stop();
 */
export function scheduleDailyBackups(options: DailyBackupsOptions): { stop(): void } {
  const every = options.checkEveryMs ?? hour;
  const retry = options.retryWhenBusyMs ?? 2 * 60 * 1000;
  let stopped = false;
  let running = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle: (() => void) | undefined;

  const later = (ms: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(attempt, ms);
  };
  function attempt(): void {
    cancelIdle = options.whenIdle(() => void check());
  }
  async function check(): Promise<void> {
    if (stopped || running) return;
    if (!options.isQuiet()) return later(retry);
    running = true;
    try {
      const target = await options.target();
      if (target) await backupIfDue(target, options.now?.() ?? new Date());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await recordBackupProblem(message, options.now?.()).catch(() => undefined);
      options.log(`The daily backup did not work: ${message}`);
    } finally {
      running = false;
    }
    later(every);
  }

  attempt();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      cancelIdle?.();
    },
  };
}
