import { db } from '../../db/database';
import { readSyncMeta, writeSyncMeta } from '../../db/sync-apply';
import { defaultBackupsKept } from './backups';

/**
 * This laptop's backup book-keeping, kept in the database's local `meta` table (never synced: another laptop
 * has its own folders and its own backups): the last backup made, the last problem, and how many to keep.
 */
export type BackupStatus = {
  lastMade?: { at: string; name: string; where: string };
  /** The last automatic backup that did not work, cleared by the next one that does. */
  problem?: { at: string; message: string };
};

const statusKey = 'backups/status';
const keepKey = 'backups/keep';
export const mostBackupsKept = 365;

export async function readBackupStatus(): Promise<BackupStatus> {
  const stored = await readSyncMeta(db, statusKey);
  return typeof stored === 'object' && stored !== null ? stored : {};
}

export async function recordBackupMade(name: string, where: string, at = new Date()): Promise<void> {
  await writeSyncMeta(db, statusKey, { lastMade: { at: at.toISOString(), name, where } });
}

export async function recordBackupProblem(message: string, at = new Date()): Promise<void> {
  const status = await readBackupStatus();
  await writeSyncMeta(db, statusKey, { ...status, problem: { at: at.toISOString(), message } });
}

export async function readBackupsKept(): Promise<number> {
  const stored = await readSyncMeta(db, keepKey);
  return typeof stored === 'number' && keepProblem(stored) === undefined ? stored : defaultBackupsKept;
}

/** What is wrong with a number of backups to keep, in words the clerk can act on. */
export function keepProblem(keep: number): string | undefined {
  return Number.isInteger(keep) && keep >= 1 && keep <= mostBackupsKept
    ? undefined
    : `Type a whole number of backups from 1 to ${mostBackupsKept}.`;
}

/** Save how many backups to keep; a bad number is refused and the one stored is kept. */
export async function saveBackupsKept(keep: number): Promise<void> {
  const problem = keepProblem(keep);
  if (problem) throw new Error(problem);
  await writeSyncMeta(db, keepKey, keep);
}
