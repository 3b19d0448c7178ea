import { exportFile } from '../export';
import { previewImport, type ImportPreview } from '../import';
import type { SyncFolder } from './folder';

/**
 * Daily backups: a full export of everything into a local backups folder, keeping the last `keep`.
 * Backups are not encrypted unless a passphrase is given: they stay on this laptop, beside the database
 * they copy. Restoring is an import of a full export, with its preview, into an empty or existing database;
 * like any import it adds what is missing and never overwrites newer work.
 */
const backupName = /^chamber-backup-(\d{4}-\d{2}-\d{2})-(\d{6})\.chamber$/;

export async function listBackups(folder: SyncFolder): Promise<string[]> {
  return (await folder.list()).filter((name) => backupName.test(name)).sort();
}

/** Whether today's backup is still to be made. */
export async function isBackupDue(folder: SyncFolder, now = new Date()): Promise<boolean> {
  const latest = (await listBackups(folder)).at(-1);
  return !latest || backupName.exec(latest)?.[1] !== now.toISOString().slice(0, 10);
}

export async function backupNow(
  folder: SyncFolder,
  options: { keep?: number; passphrase?: string; now?: Date } = {},
): Promise<string> {
  const now = options.now ?? new Date();
  const stamp = now.toISOString();
  const name = `chamber-backup-${stamp.slice(0, 10)}-${stamp.slice(11, 19).replaceAll(':', '')}.chamber`;
  const file = await exportFile(
    { scope: { kind: 'everything' } },
    options.passphrase ? { passphrase: options.passphrase } : 'none',
  );
  await folder.write(name, file.bytes);
  const all = await listBackups(folder);
  for (const old of all.slice(0, Math.max(0, all.length - (options.keep ?? 7)))) await folder.remove(old);
  return name;
}

/** The preview of restoring a backup; apply it with `applyImport`. */
export async function previewRestore(
  folder: SyncFolder,
  name: string,
  passphrase?: string,
): Promise<ImportPreview> {
  return previewImport(await folder.read(name), passphrase ? { passphrase } : {});
}
