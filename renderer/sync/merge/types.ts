import type { HlcStamp } from '../../domain/hybrid-clock';

/**
 * A record as sync sees it: its values (absent once deleted, or when only its tombstone is known), the clock
 * stamp of each field, and the tombstone. A field stamped but missing from `values` was removed (set to
 * undefined) at that stamp.
 */
export type RecordState = {
  table: string;
  id: string;
  values?: Record<string, unknown>;
  stamps: Record<string, HlcStamp>;
  deletedAt?: HlcStamp;
};

/**
 * What a laptop knows, per device: the highest stamp made on that device whose edits this laptop has merged,
 * all of them (an edit it has not kept was overwritten by one it has). Used to tell whether the other side had
 * seen a version before editing it ("the last common version") and what an incremental export must carry.
 */
export type Knowledge = Record<string, HlcStamp>;

/** A version of a field (or, with field '*', of a whole record) that lost a merge but must not be lost. */
export type ConflictDraft = {
  table: string;
  recordId: string;
  field: string;
  localValue: unknown;
  remoteValue: unknown;
  localStamp: HlcStamp;
  remoteStamp: HlcStamp;
};

export type MergeOutcome = 'unchanged' | 'added' | 'updated' | 'deleted';

export type RecordMerge = {
  /** The merged state: identical to the local one when nothing changed. */
  merged: RecordState;
  /** What the clerk sees happen to the record (a tombstone for a record never seen here is 'unchanged'). */
  outcome: MergeOutcome;
  /** Fields whose value changed here. */
  fields: string[];
  /** Whether anything must be written (values, stamps or tombstone). */
  changed: boolean;
  conflicts: ConflictDraft[];
};

export function recordKey(table: string, id: string): string {
  return `${table}/${id}`;
}
