import packageJson from '../../package.json';
import { db, type SyncedTableName } from '../db/database';
import { loadDeviceClock } from '../db/device';
import { readRecordStatePieces, type RecordStatePiece } from '../db/sync-read';
import { BundleWriter } from './format/bundle-write';
import { EncryptingSink } from './format/encrypting-sink';
import { SyncError } from './format/errors';
import { KeptFile, type FileParts, type FileSink } from './format/file-parts';
import type { ExportScope, Manifest } from './format/manifest';
import { conflictsToCarry } from './conflicts';
import { currentKnowledge, deviceName, recordSent, sinceLastExchange } from './knowledge-store';
import type { CarriedConflict } from './merge/conflicts';
import { isNewTo } from './merge/knowledge';
import { recordKey, type Knowledge } from './merge/types';
import { PartBScan } from './part-b';

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

/** What an export wrote, wherever it went. */
export type ExportSummary = {
  /** The file's length in bytes. */
  size: number;
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

/** An export held on the page, as blocks (FileParts): write them out in order, or join them into one buffer. */
export type ExportedFile = FileParts & ExportSummary;

async function sinceOf(request: ExportRequest): Promise<Knowledge | null> {
  const changes = request.changes ?? 'full';
  if (changes === 'full') return null;
  return 'peer' in changes ? await sinceLastExchange(changes.peer) : changes.since;
}

/**
 * The states an export carries, a piece at a time (see readRecordStatePieces), with the Part B scan fed. The
 * conflicts this laptop holds on records in scope, open and settled, go in `carried` for the manifest: it is
 * how the laptop whose version won learns of a conflict, and every laptop of a person's choice. They are
 * small, and carried whether or not their records changed, so a choice that changed no text still travels.
 * Their records are scanned for Part B business like the records the file holds.
 */
async function* piecesToExport(
  request: ExportRequest,
  since: Knowledge | null,
  partB: PartBScan,
  carried: CarriedConflict[] = [],
): AsyncGenerator<RecordStatePiece> {
  const conflicts = new Map<string, CarriedConflict[]>();
  for (const conflict of await conflictsToCarry()) {
    const key = recordKey(conflict.table, conflict.recordId);
    conflicts.set(key, [...(conflicts.get(key) ?? []), conflict]);
  }
  for await (const piece of readRecordStatePieces(db, request.scope)) {
    for (const state of conflicts.size > 0 ? piece.states : []) {
      const onRecord = conflicts.get(recordKey(state.table, state.id));
      if (!onRecord) continue;
      carried.push(...onRecord);
      // The versions are the record's words: a conflict on Part B business makes the file Part B too.
      partB.add(piece.table, [state]);
    }
    const states = since ? piece.states.filter((state) => isNewTo(since, state)) : piece.states;
    if (states.length === 0) continue;
    partB.add(piece.table, states);
    yield { table: piece.table, states };
  }
}

/**
 * Judge the scan once the file's records have gone by: records whose minute, paper or item the file does not
 * carry are followed up through the stored records, a level at a time (a vote's motion, its minute, its item).
 */
async function partBReason(partB: PartBScan): Promise<string | undefined> {
  for (let wanted = partB.missing(); wanted.length > 0; wanted = partB.missing()) {
    for (const { table, ids } of wanted) partB.addStored(table, await db.table(table).bulkGet(ids), ids);
  }
  return partB.reason();
}

/** Count what an export would hold and whether it must be encrypted, without writing anything. */
export async function planExport(request: ExportRequest): Promise<ExportPlan> {
  const since = await sinceOf(request);
  const partB = new PartBScan();
  const recordCounts: ExportPlan['recordCounts'] = {};
  for await (const { table, states } of piecesToExport(request, since, partB))
    recordCounts[table] = (recordCounts[table] ?? 0) + states.length;
  const encryptionReason = await partBReason(partB);
  return encryptionReason ? { recordCounts, since, encryptionReason } : { recordCounts, since };
}

/**
 * Make a .chamber file and keep it on the page. A file holding Part B business needs a passphrase unless
 * `encryption` is 'none'. For a file the clerk saves, prefer exportFileTo: a whole archive is over 200 MB.
 *
 * @example
 *   const file = await exportFile({ scope: { kind: 'meeting', meetingId } }, { passphrase: 'correct horse' });
 */
export function exportFile(request: ExportRequest, encryption?: Encryption): Promise<ExportedFile> {
  return makeFile(request, encryption);
}

/**
 * Make a .chamber file and write it to `sink` as it is made, encrypted as it is made when asked, so the page
 * never holds the whole of it. The sink is closed once the file is complete; if anything fails, it is
 * abandoned, and the error thrown.
 */
export async function exportFileTo(
  sink: FileSink,
  request: ExportRequest,
  encryption?: Encryption,
): Promise<ExportSummary> {
  try {
    const { parts: _written, ...summary } = await makeFile(request, encryption, sink);
    await sink.close();
    return summary;
  } catch (error) {
    // The clerk needs the reason it failed, not a second failure tidying up after it.
    await sink
      .abandon()
      .catch((failure: unknown) => console.warn('A failed export was not tidied away', failure));
    throw error;
  }
}

async function makeFile(
  request: ExportRequest,
  encryption?: Encryption,
  sink?: FileSink,
): Promise<ExportedFile> {
  // What this laptop knows is taken before anything is read: the file may then hold a change it does not
  // claim (sent again next time, harmlessly), but never claims one it does not hold.
  const knowledge = await currentKnowledge();
  const since = await sinceOf(request);
  const clock = await loadDeviceClock(db);
  const exportedAt = new Date();
  const encrypted = encryption !== undefined && encryption !== 'none';
  // Encrypted, the file goes through a sink that seals it a megabyte at a time on its way out (or to the page).
  const kept = encrypted && !sink ? new KeptFile() : undefined;
  const encrypting = encrypted
    ? await EncryptingSink.start(sink ?? (kept as KeptFile), encryption.passphrase, encryption.iterations)
    : undefined;
  // Filled as the records go by, read when the manifest is written last (format/bundle-write.ts finish).
  const carried: CarriedConflict[] = [];
  const writer = await BundleWriter.start(
    {
      conflicts: carried,
      appVersion: packageJson.version,
      deviceId: clock.deviceId,
      deviceName: await deviceName(),
      exportedAt: exportedAt.toISOString(),
      scope: request.scope,
      since,
      knowledge,
    },
    {
      // A whole archive's tables are tens of megabytes each: worth a worker to deflate them beside the reading.
      parallel: request.scope.kind === 'everything' && typeof Worker !== 'undefined',
      ...((encrypting ?? sink) && { sink: encrypting ?? sink }),
    },
  );
  const partB = new PartBScan();
  for await (const { table, states } of piecesToExport(request, since, partB, carried)) {
    writer.add(table, states);
    await writer.ready();
  }
  const encryptionReason = await partBReason(partB);
  if (encryptionReason && encryption === undefined)
    throw new SyncError('encryption-needed', encryptionReason);
  const written = await writer.finish();
  await encrypting?.finish();
  const { parts, size } = encrypting ? { parts: kept?.parts ?? [], size: encrypting.size } : written;
  const file: ExportedFile = {
    parts: sink ? [] : parts,
    size,
    fileName: `chamber-${clock.deviceId}-${exportedAt.toISOString().slice(0, 10)}.chamber`,
    manifest: written.manifest,
    encrypted,
    recordTotal: Object.values(written.manifest.recordCounts).reduce((sum, count) => sum + (count ?? 0), 0),
  };
  const changes = request.changes;
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
