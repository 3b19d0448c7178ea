import { exportOffThread } from '../export-off-thread';
import { previewImport, type ImportPreview } from '../import';
import type { SyncFolder } from './folder';

/**
 * Daily backups: a full export of everything into a local backups folder, keeping the last `keep`.
 * Backups are not encrypted unless a passphrase is given: they stay on this laptop, beside the database
 * they copy. Restoring is an import of a full export, with its preview, into an empty or existing database;
 * like any import it adds what is missing and never overwrites newer work.
 *
 * Only files named like Chamber's backups are listed or pruned: anything else the clerk keeps in the folder
 * (notes, a copy in progress, another program's files) is never touched.
 *
 * @example await backupNow(folder, { keep: 14 }) // "chamber-backup-2013-03-13-180000.chamber"
 */
const backupName = /^chamber-backup-(\d{4}-\d{2}-\d{2})-(\d{2})(\d{2})(\d{2})\.chamber$/;

export const defaultBackupsKept = 14;
const day = 24 * 60 * 60 * 1000;

export type BackupEntry = {
  name: string;
  /** When it was made, from its name (written in UTC). */
  madeAt: Date;
  /** Size in bytes, where the folder can tell cheaply. */
  size?: number;
};

/** When a backup file was made, or undefined for a name that is not one of Chamber's backups. */
export function backupMadeAt(name: string): Date | undefined {
  const match = backupName.exec(name);
  if (!match) return undefined;
  const [, date, hours, minutes, seconds] = match;
  const madeAt = new Date(`${date}T${hours}:${minutes}:${seconds}Z`);
  return Number.isNaN(madeAt.getTime()) ? undefined : madeAt;
}

export async function listBackups(folder: SyncFolder): Promise<string[]> {
  return (await folder.list()).filter((name) => backupMadeAt(name) !== undefined).sort();
}

/** The backups, oldest first, with their sizes where the folder knows them. */
export async function listBackupEntries(folder: SyncFolder): Promise<BackupEntry[]> {
  const sized = folder.entries
    ? await folder.entries()
    : (await folder.list()).map((name) => ({ name, size: undefined }));
  const backups: BackupEntry[] = [];
  for (const { name, size } of sized) {
    const madeAt = backupMadeAt(name);
    if (madeAt) backups.push(size === undefined ? { name, madeAt } : { name, madeAt, size });
  }
  return backups.sort((a, b) => a.name.localeCompare(b.name));
}

/** Whether a backup is due: none made in the last 24 hours (one from the future, a clock set wrong, counts). */
export async function isBackupDue(folder: SyncFolder, now = new Date()): Promise<boolean> {
  const latest = (await listBackups(folder)).at(-1);
  const madeAt = latest ? backupMadeAt(latest) : undefined;
  return !madeAt || now.getTime() - madeAt.getTime() >= day;
}

export async function backupNow(
  folder: SyncFolder,
  options: { keep?: number; passphrase?: string; now?: Date } = {},
): Promise<string> {
  const now = options.now ?? new Date();
  const stamp = now.toISOString();
  const name = `chamber-backup-${stamp.slice(0, 10)}-${stamp.slice(11, 19).replaceAll(':', '')}.chamber`;
  // On a worker: a whole archive takes minutes to read and zip, and the clerk may be typing meanwhile.
  const file = await exportOffThread(
    { scope: { kind: 'everything' } },
    options.passphrase ? { passphrase: options.passphrase } : 'none',
  );
  await folder.write(name, file);
  await pruneBackups(folder, options.keep ?? defaultBackupsKept);
  return name;
}

/** Remove all but the newest `keep` backups; never anything that is not a Chamber backup. */
export async function pruneBackups(folder: SyncFolder, keep: number): Promise<string[]> {
  const all = await listBackups(folder);
  const old = all.slice(0, Math.max(0, all.length - Math.max(1, keep)));
  for (const name of old) await folder.remove(name);
  return old;
}

/** The preview of restoring a backup; apply it with `applyImport`. */
export async function previewRestore(
  folder: SyncFolder,
  name: string,
  passphrase?: string,
): Promise<ImportPreview> {
  return previewImport(await folder.read(name), passphrase ? { passphrase } : {});
}
