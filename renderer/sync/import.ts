import type { Transaction } from 'dexie';
import { db, syncedTables } from '../db/database';
import { keepClockWarning, loadDeviceClock, observeStamp, receiveStamp } from '../db/device';
import { settleImportedMinuteNumbers } from '../db/repositories/minutes';
import { restoreSignedVersions } from '../db/repositories/signed-minutes';
import { honourPersonMerges } from '../db/repositories/person-merge';
import { readSyncMeta, syncTransaction, writeBookkeeping, writeStates } from '../db/sync-apply';
import { formatStamp } from '../domain/hybrid-clock';
import type { SyncConflict, SyncPeer } from '../domain/model';
import { readBundle, type CheckedBundle, type ReadOptions } from './format/bundle-read';
import { checkLinksHeld } from './format/links-held';
import { mergeByTable } from './import-merge';
import { peerKey, type PeerKnowledge } from './knowledge-store';
import { joinKnowledge } from './merge/knowledge';
import type { MergePlan } from './merge/plan';
import type { RecordState } from './merge/types';

/** One line of the preview: a record and what happens to it. */
export type PreviewLine = { table: string; id: string; label: string; fields: string[] };

export type ImportPreview = {
  from: {
    deviceId: string;
    deviceName: string;
    exportedAt: string;
    scope: CheckedBundle['manifest']['scope'];
  };
  encrypted: boolean;
  added: PreviewLine[];
  updated: PreviewLine[];
  deleted: PreviewLine[];
  conflicts: PreviewLine[];
  /**
   * Changes to signed minutes the file makes with no recorded reason: not applied (the signed version stays)
   * and each kept as a conflict for the clerk to choose.
   */
  signedKept: PreviewLine[];
  /** Records in the file this laptop already has as they are (or newer). */
  unchanged: number;
  /** The checked file (its bytes, not its records), kept so applying does not check or decrypt it again. */
  bundle: CheckedBundle;
};

export type ImportResult = {
  added: number;
  updated: number;
  deleted: number;
  conflicts: number;
  unchanged: number;
  /** Changes to signed minutes not applied (see ImportPreview.signedKept). */
  signedKept: number;
};

/** Check a file and show what importing it would do. Nothing is written. */
export async function previewImport(bytes: Uint8Array, options: ReadOptions = {}): Promise<ImportPreview> {
  const bundle = await readBundle(bytes, options);
  const clock = await loadDeviceClock(db);
  const tables = [...syncedTables.map((name) => db.table(name)), db.clocks, db.meta, db.conflicts];
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
    signedKept: [],
    unchanged: 0,
    bundle,
  };
  await db.transaction('r', tables, async (transaction) => {
    await checkLinksHeld(transaction, bundle.openLinks);
    const summary = await mergeByTable(transaction, bundle, formatStamp(clock), (plan) =>
      addLines(preview, plan),
    );
    preview.signedKept = summary.signedKept.map(({ table, id, field }) => ({
      table,
      id,
      label:
        [...preview.conflicts, ...preview.updated, ...preview.added, ...preview.deleted].find(
          (line) => line.table === table && line.id === id,
        )?.label ?? 'untitled',
      fields: field === '*' ? [] : [field],
    }));
  });
  return preview;
}

function addLines(preview: ImportPreview, plan: MergePlan): void {
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
}

/**
 * Apply a previewed file in one transaction: all of it or none. The merge is worked out again inside the
 * transaction, against what is stored at that moment, so an edit made while the preview was open is not lost.
 * The file is read again a table at a time, each written and let go before the next is read. Only after the
 * commit does this laptop's clock move past the file's stamps.
 */
export async function applyImport(preview: Pick<ImportPreview, 'bundle'>): Promise<ImportResult> {
  const { bundle } = preview;
  const remoteDevice = bundle.manifest.deviceId;
  const self = await loadDeviceClock(db);
  const now = new Date().toISOString();
  const writtenTables = new Set<string>();
  const summary = await syncTransaction(db, async (transaction) => {
    // Checked again here, not only at the preview: a record the file links to may have gone since.
    await checkLinksHeld(transaction, bundle.openLinks);
    const summary = await mergeByTable(transaction, bundle, formatStamp(self), (plan, local) => {
      if (plan.writes.length === 0) return;
      for (const state of plan.writes) writtenTables.add(state.table);
      return writeStates(transaction, plan.writes, local);
    });
    if (!summary.learned) return summary;
    // The clock's word on the file's stamps is kept with them, not in a transaction of its own after; the
    // reads and writes below are each asked for together (each would be a wait for the database in turn).
    const warning = summary.highest
      ? keepClockWarning(transaction.table('meta'), summary.highest, Date.now())
      : undefined;
    // A failed write aborts the transaction and is thrown where awaited below, not reported meanwhile.
    warning?.catch(() => undefined);
    const [peer, existing] =
      remoteDevice === self.deviceId
        ? []
        : await Promise.all([
            readPeerInTransaction(transaction, remoteDevice),
            transaction.table<SyncPeer, string>('syncPeers').get(remoteDevice),
          ]);
    await writeBookkeeping(transaction, {
      knowledge: summary.knowledge,
      conflicts: summary.conflicts.map((draft): SyncConflict => ({
        ...draft,
        remoteDeviceId: remoteDevice,
        resolved: 0,
        detectedAt: now,
      })),
      settledConflictIds: summary.settledConflictIds,
      ...(peer && {
        peer: {
          ...existing,
          deviceId: remoteDevice,
          name: bundle.manifest.deviceName,
          lastExchangeAt: now,
          ...(summary.highest && { receivedUpTo: summary.highest }),
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
      ...(writtenTables.size > 0 &&
        summary.highest && {
          audit: {
            table: 'sync',
            recordId: bundle.manifest.exportedAt,
            op: 'put' as const,
            fields: [...writtenTables].sort(),
            hlc: summary.highest,
            deviceId: remoteDevice,
            at: now,
          },
        }),
    });
    await warning;
    return summary;
  });
  if (summary.highest) {
    if (summary.learned) await receiveStamp(db, summary.highest, Date.now());
    else await observeStamp(db, summary.highest);
  }
  // Two laptops that each took an item of a meeting while apart gave both minutes the same number.
  await settleImportedMinuteNumbers(
    [...summary.minuteMeetingIds].map((meetingId) => ({ table: 'minutes', values: { meetingId } })),
    summary.minutePlaces && [...summary.minutePlaces.values()],
  );
  // A person merged into another on either laptop: what still names them here moves to the person kept.
  if (summary.learned && summary.peopleMerged) await honourPersonMerges();
  // Signed minutes changed with no reason given: the signed version goes back, the change stays a conflict.
  await restoreSignedVersions(summary.signedKept);
  return {
    ...summary.counts,
    conflicts: summary.conflicts.length,
    signedKept: summary.signedKept.length,
  };
}

/** knowledge-store's readPeerKnowledge, read through the import's own transaction (see syncTransaction). */
async function readPeerInTransaction(transaction: Transaction, deviceId: string): Promise<PeerKnowledge> {
  const stored = await readSyncMeta(transaction, peerKey(deviceId));
  return stored && typeof stored === 'object' ? stored : {};
}

/** Check, preview and apply in one go (the sync folder's path: no clerk to look at a preview). */
export async function importFile(bytes: Uint8Array, options: ReadOptions = {}): Promise<ImportResult> {
  return applyImport({ bundle: await readBundle(bytes, options) });
}

/**
 * A record's name in the preview, from its own values: a title or a name where it has one, else the words it
 * holds (a resolution's or an action's text, a declaration's interest), never its id. The screen adds the kind of
 * record and, for minutes, the item they are on (use-preview-labels.ts).
 */
function labelOf(remote: RecordState, merged: RecordState): string {
  const values = merged.values ?? remote.values ?? {};
  for (const field of ['title', 'name', 'number', 'date', 'label', 'text', 'nature', 'at', 'savedAt']) {
    const value = values[field];
    if (typeof value === 'string' && value.trim()) return shortened(value.trim());
    if (typeof value === 'number') return String(value);
  }
  return 'untitled';
}

function shortened(words: string): string {
  return words.length > 80 ? `${words.slice(0, 77)}…` : words;
}
