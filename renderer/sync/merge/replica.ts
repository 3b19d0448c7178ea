import equal from 'fast-deep-equal/es6';
import {
  formatStamp,
  moveClockPast,
  receive,
  startClock,
  tick,
  type ClockState,
} from '../../domain/hybrid-clock';
import { conflictId, orientFor, receiveConflicts, withLaterVersion, type CarriedConflict } from './conflicts';
import { covers, highestStamp, isNewTo, joinKnowledge } from './knowledge';
import { mergeRecord } from './merge-record';
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

export function exportChanges(replica: Replica, since: Knowledge | null): ChangeSet {
  const records = [...replica.records.values()].filter((state) => since === null || isNewTo(since, state));
  const conflicts = [...replica.conflicts.values()];
  return { deviceId: replica.deviceId, knowledge: knowledgeOf(replica), since, records, conflicts };
}

/** Merge a change set in; returns the conflicts found. */
export function importChanges(replica: Replica, changes: ChangeSet, now: number): ConflictDraft[] {
  const context = { local: knowledgeOf(replica), remote: changes.knowledge };
  const found: ConflictDraft[] = [];
  for (const remote of changes.records) {
    const key = recordKey(remote.table, remote.id);
    const result = mergeRecord(replica.records.get(key), remote, context);
    if (result.changed) replica.records.set(key, result.merged);
    for (const conflict of result.conflicts) {
      const id = conflictId(conflict);
      if (!replica.conflicts.has(id))
        replica.conflicts.set(id, { ...orientFor(conflict, replica.deviceId), id, resolved: false });
      found.push(conflict);
    }
  }
  const received = receiveConflicts(replica.conflicts, changes.conflicts, replica.deviceId);
  for (const conflict of received.added) replica.conflicts.set(conflict.id, conflict);
  for (const id of received.settledIds) {
    const conflict = replica.conflicts.get(id);
    if (conflict) conflict.resolved = true;
  }
  for (const conflict of changes.conflicts) {
    const key = recordKey(conflict.table, conflict.recordId);
    const later = withLaterVersion(replica.records.get(key), conflict);
    if (later) replica.records.set(key, later);
  }
  // Knowledge grows only when nothing between the sender's `since` and now is missing here.
  if (changes.since === null || covers(context.local, changes.since)) {
    replica.knowledge = joinKnowledge(replica.knowledge, changes.knowledge);
  }
  const highest = highestStamp(changes.records);
  if (highest) replica.clock = receive(replica.clock, highest, now);
  return found;
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
