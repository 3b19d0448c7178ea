import { db, syncedTables, type SyncedTableName } from '../db/database';
import { loadDeviceClock, observeStamp } from '../db/device';
import { settleImportedMinuteNumbers } from '../db/repositories/minutes';
import {
  openConflictsFor,
  readKnowledge,
  readStates,
  syncTransaction,
  writeBookkeeping,
  writeStates,
} from '../db/sync-apply';
import { formatStamp } from '../domain/hybrid-clock';
import type { SyncConflict } from '../domain/model';
import { readBundle, type ParsedBundle, type ReadOptions } from './format/bundle-read';
import { SyncError } from './format/errors';
import { peerKey, readPeerKnowledge } from './knowledge-store';
import { joinKnowledge, originOf } from './merge/knowledge';
import { planMerge, type MergePlan } from './merge/plan';
import { recordKey, type RecordState } from './merge/types';

/** One line of the preview: a record and what happens to it. */
export type PreviewLine = { table: string; id: string; label: string; fields: string[] };

export type ImportPreview = {
  from: {
    deviceId: string;
    deviceName: string;
    exportedAt: string;
    scope: ParsedBundle['manifest']['scope'];
  };
  encrypted: boolean;
  added: PreviewLine[];
  updated: PreviewLine[];
  deleted: PreviewLine[];
  conflicts: PreviewLine[];
  /** Records in the file this laptop already has as they are (or newer). */
  unchanged: number;
  /** The checked file, kept so applying does not read or decrypt it again. */
  bundle: ParsedBundle;
};

export type ImportResult = {
  added: number;
  updated: number;
  deleted: number;
  conflicts: number;
  unchanged: number;
};

/** Check a file and show what importing it would do. Nothing is written. */
export async function previewImport(bytes: Uint8Array, options: ReadOptions = {}): Promise<ImportPreview> {
  const bundle = await readBundle(bytes, options);
  const clock = await loadDeviceClock(db);
  const tables = [...syncedTables.map((name) => db.table(name)), db.clocks, db.meta, db.conflicts];
  const plan = await db.transaction('r', tables, () => planFor(bundle, formatStamp(clock)));
  const preview: ImportPreview = {
    from: {
      deviceId: bundle.manifest.deviceId,
      deviceName: bundle.manifest.deviceName,
      exportedAt: bundle.manifest.exportedAt,
      scope: bundle.manifest.scope,
    },
    encrypted: bundle.encrypted,
    added: [],
    updated: [],
    deleted: [],
    conflicts: [],
    unchanged: 0,
    bundle,
  };
  for (const merge of plan.merges) {
    const line = {
      table: merge.remote.table,
      id: merge.remote.id,
      label: labelOf(merge.local ?? merge.remote, merge.merged),
      fields: merge.fields,
    };
    if (merge.outcome === 'unchanged') preview.unchanged += 1;
    // A paper's bytes travel with the paper: the clerk sees the paper once, by its name.
    else if (merge.remote.table !== 'documentContents') preview[merge.outcome].push(line);
    for (const conflict of merge.conflicts) preview.conflicts.push({ ...line, fields: [conflict.field] });
  }
  return preview;
}

/**
 * Apply a previewed file in one transaction: all of it or none. The merge is worked out again inside the
 * transaction, against what is stored at that moment, so an edit made while the preview was open is not lost.
 * Only after the commit does this laptop's clock move past the file's stamps.
 */
export async function applyImport(preview: Pick<ImportPreview, 'bundle'>): Promise<ImportResult> {
  const { bundle } = preview;
  const remoteDevice = bundle.manifest.deviceId;
  const self = await loadDeviceClock(db);
  const now = new Date().toISOString();
  const plan = await syncTransaction(db, async () => {
    const plan = await planFor(bundle, formatStamp(self));
    if (!plan.learned) return plan;
    await writeStates(db, plan.writes);
    const peer = remoteDevice === self.deviceId ? undefined : await readPeerKnowledge(remoteDevice);
    const existing = peer && (await db.syncPeers.get(remoteDevice));
    await writeBookkeeping(db, {
      knowledge: plan.knowledge,
      conflicts: plan.conflicts.map((draft): SyncConflict => ({
        ...draft,
        remoteDeviceId: remoteDevice,
        resolved: 0,
        detectedAt: now,
      })),
      settledConflictIds: plan.settledConflictIds,
      ...(peer && {
        peer: {
          ...existing,
          deviceId: remoteDevice,
          name: bundle.manifest.deviceName,
          lastExchangeAt: now,
          ...(plan.highest && { receivedUpTo: plan.highest }),
        },
        meta: [
          {
            key: `sync/${peerKey(remoteDevice)}`,
            value: {
              ...peer,
              acknowledged: joinKnowledge(peer.acknowledged ?? {}, bundle.manifest.knowledge),
            },
          },
        ],
      }),
      ...(plan.writes.length > 0 &&
        plan.highest && {
          audit: {
            table: 'sync',
            recordId: bundle.manifest.exportedAt,
            op: 'put' as const,
            fields: [...new Set(plan.writes.map((state) => state.table))].sort(),
            hlc: plan.highest,
            deviceId: remoteDevice,
            at: now,
          },
        }),
    });
    return plan;
  });
  if (plan.highest) await observeStamp(db, plan.highest);
  // Two laptops that each took an item of a meeting while apart gave both minutes the same number.
  await settleImportedMinuteNumbers(plan.writes);
  return countResult(plan);
}

/** Check, preview and apply in one go (the sync folder's path: no clerk to look at a preview). */
export async function importFile(bytes: Uint8Array, options: ReadOptions = {}): Promise<ImportResult> {
  return applyImport({ bundle: await readBundle(bytes, options) });
}

/** `selfStamp`: this laptop's clock, read before the transaction (Dexie transactions may await only Dexie). */
async function planFor(bundle: ParsedBundle, selfStamp: string): Promise<MergePlan> {
  const records = [...bundle.tables.values()].flat();
  const refs = records.map((record) => ({ table: record.table as SyncedTableName, id: record.id }));
  const documentRefs = (bundle.tables.get('documents') ?? [])
    .filter((document) => document.values)
    .map((document) => ({ table: 'documentContents' as const, id: document.id }));
  const local = await readStates(db, [...refs, ...documentRefs]);
  checkDocumentsPresent(bundle, local);
  const knowledge = joinKnowledge(await readKnowledge(db), { [originOf(selfStamp)]: selfStamp });
  const open = await openConflictsFor(
    db,
    new Set(records.map((record) => recordKey(record.table, record.id))),
  );
  return planMerge(
    { records, knowledge: bundle.manifest.knowledge, since: bundle.manifest.since },
    local,
    knowledge,
    open,
  );
}

/** An incremental file may leave out a paper's bytes this laptop already has; it may not leave out others. */
function checkDocumentsPresent(bundle: ParsedBundle, local: Map<string, RecordState>): void {
  const inFile = new Set((bundle.tables.get('documentContents') ?? []).map((content) => content.id));
  for (const document of bundle.tables.get('documents') ?? []) {
    if (!document.values || inFile.has(document.id)) continue;
    if (!local.get(recordKey('documentContents', document.id))?.values) {
      throw new SyncError('document-missing', `"${String(document.values.name)}" has no content`);
    }
  }
}

function countResult(plan: MergePlan): ImportResult {
  const result: ImportResult = {
    added: 0,
    updated: 0,
    deleted: 0,
    conflicts: plan.conflicts.length,
    unchanged: 0,
  };
  for (const merge of plan.merges) result[merge.outcome] += 1;
  return result;
}

function labelOf(remote: RecordState, merged: RecordState): string {
  const values = merged.values ?? remote.values ?? {};
  for (const field of ['title', 'name', 'number', 'date', 'label']) {
    const value = values[field];
    if (typeof value === 'string' && value.trim()) return value;
  }
  return remote.id;
}
