import packageJson from '../../package.json';
import { db, type SyncedTableName } from '../db/database';
import { loadDeviceClock } from '../db/device';
import { readRecordStates } from '../db/sync-read';
import { encryptBundle, writeBundle } from './format/bundle-write';
import { SyncError } from './format/errors';
import type { ExportScope, Manifest } from './format/manifest';
import { currentKnowledge, deviceName, recordSent, sinceLastExchange } from './knowledge-store';
import { isNewTo } from './merge/knowledge';
import type { Knowledge, RecordState } from './merge/types';
import { partBReason } from './part-b';

export type ExportRequest = {
  scope: ExportScope;
  /**
   * Which changes: 'full' for everything in scope; `{ peer }` for "changes since my last exchange with that
   * laptop" (full when there has been none); `{ since }` for an explicit knowledge (the sync folder's own).
   */
  changes?: 'full' | { peer: string } | { since: Knowledge | null };
};

/** What the export screen shows before the clerk chooses a passphrase. */
export type ExportPlan = {
  recordCounts: Partial<Record<SyncedTableName, number>>;
  /** Set when the file holds Part B business: why it will be encrypted. */
  encryptionReason?: string;
  since: Knowledge | null;
};

/** 'none' turns encryption off deliberately (the clerk was told why it was on). */
export type Encryption = { passphrase: string; iterations?: number } | 'none';

export type ExportedFile = {
  bytes: Uint8Array;
  fileName: string;
  manifest: Manifest;
  encrypted: boolean;
  recordTotal: number;
  /**
   * For "changes since my last exchange with device X": what X will know once it has this file. Nothing is
   * recorded until the file is really saved: pass the file to `recordExchange` then (a cancelled save
   * dialog must not make the next export leave these changes out).
   */
  sentTo?: { peer: string; knowledge: Knowledge };
};

async function gather(request: ExportRequest) {
  const changes = request.changes ?? 'full';
  let since: Knowledge | null = null;
  if (changes !== 'full') since = 'peer' in changes ? await sinceLastExchange(changes.peer) : changes.since;
  const all = await readRecordStates(db, request.scope);
  const tables = new Map<SyncedTableName, RecordState[]>();
  for (const [table, states] of all) {
    const chosen = since ? states.filter((state) => isNewTo(since, state)) : states;
    if (chosen.length > 0) tables.set(table, chosen);
  }
  // A full export of everything carries every agenda item itself; otherwise a paper or minute in the file
  // may belong to a Part B item that is not, so the stored items are looked at too.
  const complete = request.scope.kind === 'everything' && since === null;
  const stored = complete ? [] : await db.agendaItems.toArray();
  const partBItems = new Map(
    stored.filter((item) => item.part === 'B').map((item) => [item.id, item.title] as const),
  );
  return { since, tables, encryptionReason: partBReason(tables, partBItems) };
}

/** Count what an export would hold and whether it must be encrypted, without writing anything. */
export async function planExport(request: ExportRequest): Promise<ExportPlan> {
  const { since, tables, encryptionReason } = await gather(request);
  const recordCounts = Object.fromEntries([...tables].map(([table, states]) => [table, states.length]));
  return encryptionReason ? { recordCounts, since, encryptionReason } : { recordCounts, since };
}

/**
 * Write a .chamber file. A file holding Part B business needs a passphrase unless `encryption` is 'none'.
 *
 * @example
 *   const file = await exportFile({ scope: { kind: 'meeting', meetingId } }, { passphrase: 'correct horse' });
 */
export async function exportFile(request: ExportRequest, encryption?: Encryption): Promise<ExportedFile> {
  const { since, tables, encryptionReason } = await gather(request);
  if (encryptionReason && encryption === undefined)
    throw new SyncError('encryption-needed', encryptionReason);
  const clock = await loadDeviceClock(db);
  const knowledge = await currentKnowledge();
  const exportedAt = new Date();
  const { bytes, manifest } = await writeBundle({
    appVersion: packageJson.version,
    deviceId: clock.deviceId,
    deviceName: await deviceName(),
    exportedAt: exportedAt.toISOString(),
    scope: request.scope,
    since,
    knowledge,
    tables: Object.fromEntries(tables),
  });
  const encrypted = encryption !== undefined && encryption !== 'none';
  const changes = request.changes;
  const file: ExportedFile = {
    bytes: encrypted ? await encryptBundle(bytes, encryption.passphrase, encryption.iterations) : bytes,
    fileName: `chamber-${clock.deviceId}-${exportedAt.toISOString().slice(0, 10)}.chamber`,
    manifest,
    encrypted,
    recordTotal: [...tables.values()].reduce((sum, states) => sum + states.length, 0),
  };
  if (changes && changes !== 'full' && 'peer' in changes) file.sentTo = { peer: changes.peer, knowledge };
  return file;
}

/**
 * Once a file for another laptop is really saved, remember what it carried, so the next "changes since my
 * last exchange" leaves those changes out. Does nothing for a file not made for a particular laptop.
 */
export async function recordExchange(file: Pick<ExportedFile, 'sentTo'>): Promise<void> {
  if (file.sentTo) await recordSent(file.sentTo.peer, file.sentTo.knowledge);
}
