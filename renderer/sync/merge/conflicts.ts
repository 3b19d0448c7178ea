import type { HlcStamp } from '../../domain/hybrid-clock';
import { hasSeen } from './knowledge';
import type { ConflictDraft, Knowledge, RecordState } from './types';

/** One id per conflict, so finding the same conflict again (the same file imported twice) records it once. */
export function conflictId(conflict: ConflictDraft): string {
  const { table, recordId, field, localStamp, remoteStamp } = conflict;
  return `${table}/${recordId}/${field}/${localStamp}/${remoteStamp}`;
}

/**
 * A conflict is settled by another laptop when that laptop had both versions and then wrote the field again:
 * the clerk there chose (or wrote past the conflict), and that choice arrives as a later stamp.
 */
export function isSettledBy(
  conflict: Pick<ConflictDraft, 'field' | 'localStamp' | 'remoteStamp'>,
  remote: RecordState,
  remoteKnew: Knowledge,
): boolean {
  if (conflict.field === '*') return false;
  const stamp: HlcStamp | undefined = remote.stamps[conflict.field];
  if (stamp === undefined) return false;
  const seenBoth = hasSeen(remoteKnew, conflict.localStamp) && hasSeen(remoteKnew, conflict.remoteStamp);
  return seenBoth && stamp > conflict.localStamp && stamp > conflict.remoteStamp;
}
