import equal from 'fast-deep-equal/es6';
import { formatStamp, receive, startClock, tick, type ClockState } from '../../domain/hybrid-clock';
import { conflictId, isSettledBy } from './conflicts';
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
  conflicts: Map<string, ConflictDraft & { resolved: boolean }>;
};

/** What travels in a file: the sender's records that are new to `since`, and what the sender knew. */
export type ChangeSet = {
  deviceId: string;
  knowledge: Knowledge;
  since: Knowledge | null;
  records: RecordState[];
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
  return { deviceId: replica.deviceId, knowledge: knowledgeOf(replica), since, records };
}

/** Merge a change set in; returns the conflicts found. */
export function importChanges(replica: Replica, changes: ChangeSet, now: number): ConflictDraft[] {
  const context = { local: knowledgeOf(replica), remote: changes.knowledge };
  const found: ConflictDraft[] = [];
  for (const remote of changes.records) {
    const key = recordKey(remote.table, remote.id);
    const result = mergeRecord(replica.records.get(key), remote, context);
    if (result.changed) replica.records.set(key, result.merged);
    for (const conflict of replica.conflicts.values()) {
      if (conflict.table !== remote.table || conflict.recordId !== remote.id) continue;
      if (isSettledBy(conflict, remote, changes.knowledge)) conflict.resolved = true;
    }
    for (const conflict of result.conflicts) {
      const id = conflictId(conflict);
      if (!replica.conflicts.has(id)) replica.conflicts.set(id, { ...conflict, resolved: false });
      found.push(conflict);
    }
  }
  // Knowledge grows only when nothing between the sender's `since` and now is missing here.
  if (changes.since === null || covers(context.local, changes.since)) {
    replica.knowledge = joinKnowledge(replica.knowledge, changes.knowledge);
  }
  const highest = highestStamp(changes.records);
  if (highest) replica.clock = receive(replica.clock, highest, now);
  return found;
}

function nextStamp(replica: Replica, now: number): string {
  const [stamp, next] = tick(replica.clock, now);
  replica.clock = next;
  return stamp;
}
