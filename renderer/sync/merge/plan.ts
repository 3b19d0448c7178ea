import type { HlcStamp } from '../../domain/hybrid-clock';
import { conflictId, type CarriedConflict } from './conflicts';
import { covers, highestStamp, joinKnowledge } from './knowledge';
import { mergeRecord } from './merge-record';
import { recordKey, type ConflictDraft, type Knowledge, type RecordMerge, type RecordState } from './types';

/** An open conflict as the plan needs it: enough to tell whether a person on the sender's side settled it. */
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
 * An open conflict here is settled only when the file carries it settled (a person chose there): a later
 * write on the other laptop, the clerk typing on past the conflict, leaves it open, both versions kept.
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
  const carried = carriedByRecord(remote.conflicts ?? [], remote.records);
  const openIds = new Set(open.map((conflict) => conflictId(conflict)));
  for (const conflict of open) {
    const there = carried.get(conflictId(conflict));
    if (there?.resolved) plan.settledConflictIds.push(conflict.id);
  }
  // A conflict found on the sending laptop shows here too (its record travels with it: sync/export.ts).
  for (const [id, conflict] of carried) {
    if (!conflict.resolved && !openIds.has(id)) plan.conflicts.push({ ...draftOf(conflict), id });
  }
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
      if (openIds.has(id) || carried.get(id)?.resolved || plan.conflicts.some((found) => found.id === id))
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

/** The carried conflicts on the records of this part of the file, by id: each part handles its own. */
function carriedByRecord(
  conflicts: readonly CarriedConflict[],
  records: readonly RecordState[],
): Map<string, CarriedConflict> {
  const keys = new Set(records.map((record) => recordKey(record.table, record.id)));
  const byId = new Map<string, CarriedConflict>();
  for (const conflict of conflicts)
    if (keys.has(recordKey(conflict.table, conflict.recordId))) byId.set(conflictId(conflict), conflict);
  return byId;
}

function draftOf(conflict: CarriedConflict): ConflictDraft {
  const { table, recordId, field, localValue, remoteValue, localStamp, remoteStamp } = conflict;
  return { table, recordId, field, localValue, remoteValue, localStamp, remoteStamp };
}
