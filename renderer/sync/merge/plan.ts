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
  const settledThere = new Set(
    (remote.conflicts ?? []).filter((conflict) => conflict.resolved).map((conflict) => conflictId(conflict)),
  );
  for (const conflict of open)
    if (settledThere.has(conflictId(conflict))) plan.settledConflictIds.push(conflict.id);
  for (const record of remote.records) {
    const key = recordKey(record.table, record.id);
    const before = local.get(key);
    const merge = mergeRecord(before, record, context);
    plan.merges.push(before ? { ...merge, remote: record, local: before } : { ...merge, remote: record });
    if (merge.changed) plan.writes.push(merge.merged);
    for (const conflict of merge.conflicts) plan.conflicts.push({ ...conflict, id: conflictId(conflict) });
  }
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
