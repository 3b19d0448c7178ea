import equal from 'fast-deep-equal/es6';
import {
  formatStamp,
  moveClockPast,
  receive,
  startClock,
  tick,
  type ClockState,
} from '../../domain/hybrid-clock';
import { orientFor, type CarriedConflict } from './conflicts';
import { isNewTo, joinKnowledge } from './knowledge';
import { planCarriedConflicts, planMerge, type MergePlan } from './plan';
import { recordKey, type ConflictDraft, type Knowledge, type RecordState } from './types';

/**
 * A laptop's synced state held in memory: the same rules as the database path (db/sync-apply.ts), without
 * Dexie, so the property tests can run thousands of exchanges between simulated laptops.
 *
 * @example
 *   const a = createReplica('a'), b = createReplica('b');
 *   editRecord(a, 'minutes', 'm1', { text: 'Members asked...' }, Date.now());
 *   importChanges(b, exportChanges(a, null), Date.now());
 */
export type Replica = {
  deviceId: string;
  clock: ClockState;
  records: Map<string, RecordState>;
  knowledge: Knowledge;
  /** Every conflict found here or carried here, by its id (conflictId), open or settled by a person. */
  conflicts: Map<string, CarriedConflict>;
};

/**
 * What travels in a file: the sender's records that are new to `since`, what the sender knew, and every
 * conflict it holds (open or settled: a handful, and the only way the other laptops learn of them).
 */
export type ChangeSet = {
  deviceId: string;
  knowledge: Knowledge;
  since: Knowledge | null;
  records: RecordState[];
  conflicts: CarriedConflict[];
};

export function createReplica(deviceId: string): Replica {
  return { deviceId, clock: startClock(deviceId), records: new Map(), knowledge: {}, conflicts: new Map() };
}

/** Everything this laptop has merged, including its own edits up to its clock. */
export function knowledgeOf(replica: Replica): Knowledge {
  return joinKnowledge(replica.knowledge, { [replica.deviceId]: formatStamp(replica.clock) });
}

/** A local edit through the same rules as the change gate: only fields that differ are stamped. */
export function editRecord(
  replica: Replica,
  table: string,
  id: string,
  changes: Record<string, unknown>,
  now: number,
): string[] {
  const key = recordKey(table, id);
  const before = replica.records.get(key);
  if (before?.deletedAt) return [];
  const values: Record<string, unknown> = { ...before?.values, id };
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) delete values[field];
    else values[field] = value;
  }
  const fields = Object.keys({ ...before?.values, ...values }).filter(
    (field) => field !== 'id' && !equal(before?.values?.[field], values[field]),
  );
  if (fields.length === 0) return fields;
  const stamp = nextStamp(replica, now);
  const stamps = { ...before?.stamps };
  for (const field of fields) stamps[field] = stamp;
  replica.records.set(key, { table, id, values, stamps });
  return fields;
}

export function deleteRecordIn(replica: Replica, table: string, id: string, now: number): void {
  const key = recordKey(table, id);
  const before = replica.records.get(key);
  if (!before || before.deletedAt) return;
  replica.records.set(key, { table, id, stamps: before.stamps, deletedAt: nextStamp(replica, now) });
}

/**
 * A file's worth of changes, as sync/export.ts makes one: records new to `since`, and every record a conflict
 * held here is on, with the conflicts (that is how the other laptops learn of them and of a choice).
 */
export function exportChanges(replica: Replica, since: Knowledge | null): ChangeSet {
  const conflicts = [...replica.conflicts.values()];
  const onConflicts = new Set(conflicts.map((conflict) => recordKey(conflict.table, conflict.recordId)));
  const records = [...replica.records.values()].filter(
    (state) => since === null || onConflicts.has(recordKey(state.table, state.id)) || isNewTo(since, state),
  );
  return { deviceId: replica.deviceId, knowledge: knowledgeOf(replica), since, records, conflicts };
}

/**
 * Merge a change set in through the database path's own plans (merge/plan.ts: the records, then the
 * conflicts carried); returns the conflicts found.
 */
export function importChanges(replica: Replica, changes: ChangeSet, now: number): ConflictDraft[] {
  const open = [...replica.conflicts.values()].filter((conflict) => !conflict.resolved);
  const plan = planMerge(changes, replica.records, knowledgeOf(replica), open);
  take(replica, plan);
  const held = new Map([...replica.conflicts.values()].map((conflict) => [conflict.id, conflict] as const));
  const carried = planCarriedConflicts(changes.conflicts, held, replica.records, plan.knowledge);
  take(replica, carried);
  replica.knowledge = plan.knowledge;
  if (plan.highest) replica.clock = receive(replica.clock, plan.highest, now);
  return [...plan.conflicts, ...carried.conflicts];
}

/** Write a plan as db/sync-apply.ts does: states, then conflicts not yet recorded, then those settled. */
function take(replica: Replica, plan: MergePlan): void {
  for (const state of plan.writes) replica.records.set(recordKey(state.table, state.id), state);
  // As db/sync-apply.ts writeBookkeeping: a conflict already recorded, open or settled, is not recorded again.
  for (const conflict of plan.conflicts) {
    if (!replica.conflicts.has(conflict.id))
      replica.conflicts.set(conflict.id, { ...orientFor(conflict, replica.deviceId), resolved: false });
  }
  for (const id of plan.settledConflictIds) {
    const conflict = replica.conflicts.get(id);
    if (conflict) conflict.resolved = true;
  }
}

/**
 * A person's choice on a conflict (as sync/conflicts.ts resolveConflict): the chosen value is written as a
 * new edit stamped past both versions, even one from a clock days ahead, so it wins everywhere; the conflict
 * is settled, and travels settled.
 */
export function settleConflict(replica: Replica, id: string, keep: 'local' | 'remote', now: number): void {
  const conflict = replica.conflicts.get(id);
  if (!conflict || conflict.resolved) return;
  replica.clock = moveClockPast(moveClockPast(replica.clock, conflict.localStamp), conflict.remoteStamp);
  const value = keep === 'local' ? conflict.localValue : conflict.remoteValue;
  if (conflict.field === '*') {
    // Brought back under a new id, as resolveConflict does: a tombstone is final.
    if (value && typeof value === 'object') {
      const { id: _deleted, ...kept } = value as Record<string, unknown>;
      editRecord(replica, conflict.table, `${conflict.recordId}-kept`, kept, now);
    }
  } else editRecord(replica, conflict.table, conflict.recordId, { [conflict.field]: value }, now);
  conflict.resolved = true;
}

function nextStamp(replica: Replica, now: number): string {
  const [stamp, next] = tick(replica.clock, now);
  replica.clock = next;
  return stamp;
}
