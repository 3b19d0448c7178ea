import { db } from '../../db/database';
import { loadDeviceClock } from '../../db/device';
import { readSyncMeta, writeSyncMeta } from '../../db/sync-apply';
import { exportFile, type Encryption } from '../export';
import { readBundle } from '../format/bundle-read';
import { isSyncError, type SyncErrorCode } from '../format/errors';
import { applyImport, type ImportResult } from '../import';
import { joinKnowledge } from '../merge/knowledge';
import type { Knowledge } from '../merge/types';
import { isTemporaryName, writeAtomically, type SyncFolder } from './folder';

/**
 * "Sync now" over a shared folder. Each laptop writes its own files, `chamber-<device>-<clock>.chamber`, each
 * holding what changed since its previous one, and reads every other laptop's files it has not read yet, in
 * the order they were written. A file that cannot be read whole (still being copied, cut short, a checksum
 * that does not match) is left where it is and tried again next time; that laptop's later files wait behind it
 * so they are merged in order. Every `compactAfter` files a laptop writes one full file and removes its older
 * ones, which the full file supersedes, so the folder does not grow for ever.
 */
export type SyncNowOptions = { passphrase?: string; compactAfter?: number };

export type SyncNowReport = {
  written?: string;
  /** Why this laptop's changes were not written (e.g. Part B business and no passphrase set). */
  notWritten?: string;
  imported: { name: string; result: ImportResult }[];
  /** Files left for next time: half-written or damaged. */
  waiting: { name: string; reason: string }[];
  /** Files the clerk must act on: a newer Chamber, a passphrase. */
  refused: { name: string; code: SyncErrorCode; reason: string }[];
};

const fileName = /^chamber-(.+)-(\d{15}-\d{5})\.chamber$/;
const waitCodes: SyncErrorCode[] = [
  'not-a-zip',
  'damaged-file',
  'missing-entry',
  'checksum-mismatch',
  'count-mismatch',
  'manifest-invalid',
  'not-chamber',
  'document-missing',
];

type FolderFile = { name: string; device: string; sequence: string };

function parseName(name: string): FolderFile | undefined {
  if (isTemporaryName(name)) return undefined;
  const match = fileName.exec(name);
  return match ? { name, device: match[1] ?? '', sequence: match[2] ?? '' } : undefined;
}

export async function syncNow(folder: SyncFolder, options: SyncNowOptions = {}): Promise<SyncNowReport> {
  const self = (await loadDeviceClock(db)).deviceId;
  const report: SyncNowReport = { imported: [], waiting: [], refused: [] };
  const files = (await folder.list()).map(parseName).filter((file): file is FolderFile => file !== undefined);
  const seen = new Set((await readSyncMeta(db, 'folder/seen')) as string[] | undefined);
  let since = ((await readSyncMeta(db, 'folder/since')) as Knowledge | null | undefined) ?? null;
  const byDevice = new Map<string, FolderFile[]>();
  for (const file of files) {
    if (file.device === self || seen.has(file.name)) continue;
    byDevice.set(file.device, [...(byDevice.get(file.device) ?? []), file]);
  }
  for (const chain of byDevice.values()) {
    for (const file of chain.sort((a, b) => a.sequence.localeCompare(b.sequence))) {
      const outcome = await importOne(folder, file.name, options.passphrase, report);
      if (!outcome) break;
      seen.add(file.name);
      // What a file's author knew is in the folder for everyone: our next file need not repeat it.
      if (since) since = joinKnowledge(since, outcome);
    }
  }
  await writeSyncMeta(db, 'folder/seen', [...seen]);
  await writeOwn(
    folder,
    files.filter((file) => file.device === self),
    since,
    options,
    report,
    seen,
  );
  return report;
}

async function importOne(
  folder: SyncFolder,
  name: string,
  passphrase: string | undefined,
  report: SyncNowReport,
): Promise<Knowledge | undefined> {
  try {
    const bytes = await folder.read(name);
    const options = passphrase ? { passphrase } : {};
    // Checked, then applied: no clerk looks at a preview here, so its read-only merge of every record (worked
    // out again by applyImport, against what is stored as it writes) would be done for nothing.
    const bundle = await readBundle(bytes, options);
    report.imported.push({ name, result: await applyImport({ bundle }) });
    return bundle.manifest.knowledge;
  } catch (error) {
    if (!isSyncError(error)) {
      report.waiting.push({ name, reason: error instanceof Error ? error.message : String(error) });
    } else if (waitCodes.includes(error.code)) report.waiting.push({ name, reason: error.message });
    else report.refused.push({ name, code: error.code, reason: error.message });
    return undefined;
  }
}

async function writeOwn(
  folder: SyncFolder,
  own: FolderFile[],
  since: Knowledge | null,
  options: SyncNowOptions,
  report: SyncNowReport,
  seen: Set<string>,
): Promise<void> {
  const compact = own.length >= (options.compactAfter ?? 20);
  const encryption: Encryption | undefined = options.passphrase
    ? { passphrase: options.passphrase }
    : undefined;
  try {
    const file = await exportFile(
      { scope: { kind: 'everything' }, changes: { since: compact ? null : since } },
      encryption,
    );
    if (file.recordTotal === 0 && !compact && own.length > 0) return;
    const clock = await loadDeviceClock(db);
    const name = `chamber-${clock.deviceId}-${String(clock.millis).padStart(15, '0')}-${String(clock.counter).padStart(5, '0')}.chamber`;
    await writeAtomically(folder, name, file);
    report.written = name;
    seen.add(name);
    await writeSyncMeta(db, 'folder/seen', [...seen]);
    await writeSyncMeta(db, 'folder/since', file.manifest.knowledge);
    if (compact) for (const older of own) await folder.remove(older.name);
  } catch (error) {
    if (!isSyncError(error)) throw error;
    report.notWritten = error.message;
  }
}
