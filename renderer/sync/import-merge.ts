import type { Transaction } from 'dexie';
import type { SyncedTableName } from '../db/database';
import type { MinutePlace } from '../db/repositories/minutes';
import { conflictsOn, heldEverywhere, openConflicts, readKnowledge, readStates } from '../db/sync-apply';
import { laterStamp, type HlcStamp } from '../domain/hybrid-clock';
import type { CheckedBundle, CheckedPapers } from './format/bundle-read';
import { SyncError } from './format/errors';
import { bundleTables } from './format/manifest';
import { tablePieces, withPapers } from './format/table-read';
import { covers, joinKnowledge, originOf } from './merge/knowledge';
import { planFileConflicts } from './conflicts';
import { planMerge, type MergePlan } from './merge/plan';
import { keepSignedVersions, type SignedVersionKept } from './merge/signed-minutes';
import { readSignedLocks } from './signed-locks';
import { recordKey, type Knowledge, type MergeOutcome, type RecordState } from './merge/types';

/** What merging a whole file came to, without holding its records. */
export type MergeSummary = {
  counts: Record<MergeOutcome, number>;
  conflicts: MergePlan['conflicts'];
  settledConflictIds: string[];
  /** This laptop's knowledge after the import. */
  knowledge: Knowledge;
  /** False when the file taught this laptop nothing: then importing it writes nothing at all. */
  learned: boolean;
  highest?: HlcStamp;
  /** Meetings some of whose minutes were written: their numbers are settled after the import. */
  minuteMeetingIds: Set<string>;
  /**
   * Where every minute written stands, kept only while this laptop held no minute before the import (then
   * they are all the minutes it holds, and settling their numbers need not read them back).
   */
  minutePlaces?: Map<string, MinutePlace>;
  /** Changes to signed minutes with no recorded reason: conflicts now, the signed version put back after. */
  signedKept: SignedVersionKept[];
  /**
   * Whether a person merged into another may be named after the import: false only when this laptop held no
   * person before it and none written was merged from another, so there is nothing to honour (a new laptop's
   * first import need not read its people back).
   */
  peopleMerged: boolean;
};

/**
 * Merge a checked file into what is stored, one table (and for papers, a few megabytes) at a time: `onPart`
 * sees each part's plan with the local states it was made from (the preview lists it; the import writes it)
 * and the records are then let go, so the whole file is never held parsed. Runs inside the caller's
 * `transaction`, and reads through its tables only (see syncTransaction for why); awaits only the database:
 * anything else awaited (a worker, WebCrypto, a timer) lets IndexedDB commit the transaction under it.
 * `selfStamp`: this laptop's clock, read before the transaction.
 *
 * What is held here (ids only) and the open conflicts are read once, before the first part: the merge writes
 * neither. A part's writes (the work `onPart` returns) are then not waited for before the next part is read
 * and planned, up to `partsInFlight` at a time: IndexedDB carries out a transaction's requests in the order
 * they are made, so a read still sees every write asked for before it, and the page plans the next part while
 * the database stores the last (waiting on each part's writes left the page idle for a third of an import).
 */
export async function mergeByTable(
  transaction: Transaction,
  bundle: CheckedBundle,
  selfStamp: string,
  onPart: (plan: MergePlan, local: Map<string, RecordState>) => Promise<void> | void,
): Promise<MergeSummary> {
  const { manifest } = bundle;
  const elsewhere = [...bundle.papers.named.keys()].filter((id) => !bundle.papers.withBytes.has(id));
  // Asked for together: each is a wait for the database, and none depends on another.
  const [, knowledge, locks, held, open] = await Promise.all([
    elsewhere.length > 0 ? checkPapersHeld(transaction, bundle.papers, elsewhere) : undefined,
    readKnowledge(transaction),
    readSignedLocks(transaction, bundle),
    heldEverywhere(transaction),
    openConflicts(transaction),
  ]);
  const local = joinKnowledge(knowledge, { [originOf(selfStamp)]: selfStamp });
  const summary: MergeSummary = {
    counts: { unchanged: 0, added: 0, updated: 0, deleted: 0 },
    conflicts: [],
    settledConflictIds: [],
    knowledge: local,
    learned: false,
    minuteMeetingIds: new Set(),
    signedKept: [],
    peopleMerged: (held.get('people')?.size ?? 0) > 0,
  };
  if (!held.get('minutes')?.size) summary.minutePlaces = new Map();
  let written = 0;
  const writing: Promise<void>[] = [];
  const take = async (plan: MergePlan, states: Map<string, RecordState>): Promise<void> => {
    summary.signedKept.push(...keepSignedVersions(plan, locks));
    const work = onPart(plan, states);
    // The preview's parts are no work. A failed write is thrown when awaited below (the transaction then
    // aborts, and nothing of the import is kept), not reported as unhandled meanwhile.
    if (work) {
      writing.push(work);
      work.catch(() => undefined);
    }
    if (writing.length > partsInFlight) await writing.shift();
    for (const merge of plan.merges) summary.counts[merge.outcome] += 1;
    summary.conflicts.push(...plan.conflicts);
    summary.settledConflictIds.push(...plan.settledConflictIds);
    summary.highest = laterStamp(summary.highest, plan.highest);
    written += plan.writes.length;
    for (const state of plan.writes) {
      if (state.table === 'people' && (state.values?.mergedFromIds as unknown[] | undefined)?.length)
        summary.peopleMerged = true;
      const meetingId = state.table === 'minutes' ? state.values?.meetingId : undefined;
      if (typeof meetingId !== 'string') continue;
      summary.minuteMeetingIds.add(meetingId);
      const { takenOrder, number } = state.values as Partial<MinutePlace>;
      summary.minutePlaces?.set(state.id, { meetingId, takenOrder, number } as MinutePlace);
    }
  };
  for (const table of bundleTables) {
    for (const records of withPapers(bundle, tablePieces(bundle, table))) {
      const refs = records.map((record) => ({ table: record.table as SyncedTableName, id: record.id }));
      const states = await readStates(transaction, refs, held);
      const keys = new Set(refs.map((ref) => recordKey(ref.table, ref.id)));
      const remote = {
        records,
        knowledge: manifest.knowledge,
        since: manifest.since,
        conflicts: manifest.conflicts,
      };
      await take(planMerge(remote, states, local, conflictsOn(open, keys)), states);
    }
  }
  // Every record is in before the conflicts the file carries are read against them. A file that carries
  // none reads nothing more: its last parts are still being written as the book-keeping is worked out.
  if (manifest.conflicts?.length) await Promise.all(writing.splice(0));
  // The conflicts the file carries, once its records are in: shown here too, or settled by a choice there.
  const carried = await planFileConflicts(transaction, manifest.conflicts ?? [], local);
  await take(carried.plan, carried.local);
  await Promise.all(writing.splice(0));
  if (manifest.since === null || covers(local, manifest.since))
    summary.knowledge = joinKnowledge(local, manifest.knowledge);
  summary.learned =
    written > 0 ||
    summary.conflicts.length > 0 ||
    summary.settledConflictIds.length > 0 ||
    !covers(local, summary.knowledge);
  return summary;
}

/** Parts whose writes may be under way while the next is read and planned (each a few megabytes at most). */
const partsInFlight = 2;

/** An incremental file may leave out a paper's bytes this laptop already has; it may not leave out others. */
async function checkPapersHeld(
  transaction: Transaction,
  papers: CheckedPapers,
  elsewhere: string[],
): Promise<void> {
  const held = await readStates(
    transaction,
    elsewhere.map((id) => ({ table: 'documentContents' as const, id })),
  );
  for (const id of elsewhere) {
    if (!held.get(recordKey('documentContents', id))?.values)
      throw new SyncError('document-missing', `"${papers.named.get(id) ?? id}" has no content`);
  }
}
