import type { HlcStamp } from '../../domain/hybrid-clock';
import { conflictId, withLaterVersion, type CarriedConflict } from './conflicts';
import { covers, highestStamp, joinKnowledge } from './knowledge';
import { mergeRecord } from './merge-record';
import { recordKey, type ConflictDraft, type Knowledge, type RecordMerge, type RecordState } from './types';

/** A conflict open here, as the plan needs it: found again on its record, it is not news. */
export type OpenConflict = Pick<
  ConflictDraft,
  'table' | 'recordId' | 'field' | 'localStamp' | 'remoteStamp'
> & {
  id: string;
};

export type MergePlan = {
  merges: (RecordMerge & { remote: RecordState; local?: RecordState })[];
  /** States to write: only those that changed. */
  writes: RecordState[];
  conflicts: (ConflictDraft & { id: string })[];
  settledConflictIds: string[];
  /** This laptop's knowledge after the import. */
  knowledge: Knowledge;
  /** False when the file taught this laptop nothing: then importing it writes nothing at all. */
  learned: boolean;
  highest?: HlcStamp;
};

/**
 * Merge every record of a file into the local states, purely: used for the preview (nothing written) and
 * again inside the import's transaction, against whatever is stored at that moment.
 * Knowledge grows by the sender's only when the file starts where this laptop already is (`since` covered):
 * a file that follows one not yet imported still merges, but claims nothing about what came before it.
 * A later write on the other laptop (the clerk typing on past a conflict) never settles a conflict: only a
 * person's choice does, carried in the file (planCarriedConflicts). A conflict found again here that the file
 * carries as settled is a choice made, not shown again.
 */
export function planMerge(
  remote: {
    records: RecordState[];
    knowledge: Knowledge;
    since: Knowledge | null;
    conflicts?: readonly CarriedConflict[];
  },
  local: Map<string, RecordState>,
  localKnowledge: Knowledge,
  open: OpenConflict[],
): MergePlan {
  const context = { local: localKnowledge, remote: remote.knowledge };
  const plan: MergePlan = {
    merges: [],
    writes: [],
    conflicts: [],
    settledConflictIds: [],
    knowledge: localKnowledge,
    learned: false,
  };
  const openIds = new Set(open.map((conflict) => conflictId(conflict)));
  const settledThere = new Set(
    (remote.conflicts ?? []).filter((conflict) => conflict.resolved).map((conflict) => conflictId(conflict)),
  );
  for (const record of remote.records) {
    const key = recordKey(record.table, record.id);
    const before = local.get(key);
    const merge = mergeRecord(before, record, context);
    plan.merges.push(before ? { ...merge, remote: record, local: before } : { ...merge, remote: record });
    if (merge.changed) plan.writes.push(merge.merged);
    for (const conflict of merge.conflicts) {
      const id = conflictId(conflict);
      // One already open here (this file imported twice) is not news; one a person on the sending laptop has
      // settled is a choice made, not a conflict to show again.
      if (openIds.has(id) || settledThere.has(id) || plan.conflicts.some((found) => found.id === id))
        continue;
      plan.conflicts.push({ ...conflict, id });
    }
  }
  // What the preview lists for each record: the conflicts this file brings here, carried or found.
  const brought = new Map<string, ConflictDraft[]>();
  for (const found of plan.conflicts) {
    const key = recordKey(found.table, found.recordId);
    brought.set(key, [...(brought.get(key) ?? []), found]);
  }
  for (const merge of plan.merges)
    merge.conflicts = brought.get(recordKey(merge.remote.table, merge.remote.id)) ?? [];
  if (remote.since === null || covers(localKnowledge, remote.since)) {
    plan.knowledge = joinKnowledge(localKnowledge, remote.knowledge);
  }
  plan.learned =
    plan.writes.length > 0 ||
    plan.conflicts.length > 0 ||
    plan.settledConflictIds.length > 0 ||
    !covers(localKnowledge, plan.knowledge);
  plan.highest = highestStamp(remote.records);
  return plan;
}

function draftOf(conflict: CarriedConflict): ConflictDraft {
  const { table, recordId, field, localValue, remoteValue, localStamp, remoteStamp } = conflict;
  return { table, recordId, field, localValue, remoteValue, localStamp, remoteStamp };
}

/** A conflict held here, by its id (conflictId): the id it is stored under, and whether a person settled it. */
export type HeldConflict = { id: string; resolved: boolean };

/**
 * Take up the conflicts a file carries, once per import, after its records: a conflict this laptop does not
 * hold, still open, is shown here too (when its record is here); one held open that a person settled there is
 * settled here. And a record still holding a conflict's earlier version, written over a version stamped days
 * ahead on a laptop whose clock is behind, is brought to the later version, as on every other laptop (the
 * edit stays in the conflict): no file would bring it otherwise, since this laptop has seen that version.
 *
 * @example
 *   const plan = planCarriedConflicts(manifest.conflicts ?? [], heldById, recordsTheyAreOn, knowledge);
 */
export function planCarriedConflicts(
  carried: readonly CarriedConflict[],
  held: ReadonlyMap<string, HeldConflict>,
  local: ReadonlyMap<string, RecordState>,
  localKnowledge: Knowledge,
): MergePlan {
  const plan: MergePlan = {
    merges: [],
    writes: [],
    conflicts: [],
    settledConflictIds: [],
    knowledge: localKnowledge,
    learned: false,
  };
  const taken = new Set<string>();
  for (const conflict of carried) {
    const id = conflictId(conflict);
    if (taken.has(id)) continue;
    taken.add(id);
    const key = recordKey(conflict.table, conflict.recordId);
    const here = held.get(id);
    if (here?.resolved === false && conflict.resolved) plan.settledConflictIds.push(here.id);
    const state = local.get(key);
    if (!state) continue;
    const shown = !here && !conflict.resolved ? [{ ...draftOf(conflict), id }] : [];
    plan.conflicts.push(...shown);
    const later = withLaterVersion(state, conflict);
    if (later) plan.writes.push(later);
    if (later || shown.length > 0) {
      const merged = later ?? state;
      const fields = later ? [conflict.field] : [];
      const outcome = later ? 'updated' : 'unchanged';
      plan.merges.push({
        merged,
        outcome,
        fields,
        changed: !!later,
        conflicts: shown,
        remote: merged,
        local: state,
      });
    }
  }
  plan.learned = plan.writes.length > 0 || plan.conflicts.length > 0 || plan.settledConflictIds.length > 0;
  return plan;
}
