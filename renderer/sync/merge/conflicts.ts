import { originOf } from './knowledge';
import type { ConflictDraft, RecordState } from './types';

/**
 * One id per conflict, the same on every laptop: the two versions' stamps in clock order, whichever laptop
 * found it and whichever side it calls its own. So a conflict found on one laptop and carried to another (or
 * found on both) is recorded once everywhere, and a person's choice on either settles it on both.
 */
export function conflictId(
  conflict: Pick<ConflictDraft, 'table' | 'recordId' | 'field' | 'localStamp' | 'remoteStamp'>,
): string {
  const { table, recordId, field, localStamp, remoteStamp } = conflict;
  const [first, second] = localStamp <= remoteStamp ? [localStamp, remoteStamp] : [remoteStamp, localStamp];
  return `${table}/${recordId}/${field}/${first}/${second}`;
}

/**
 * A conflict as a file carries it: both versions, and whether a person has settled it. Every laptop sends
 * the conflicts it holds, open and settled, so the laptop whose version won sees the conflict too, and a
 * choice made on one laptop settles it on every other. Only a person's choice settles a conflict: writing
 * on past it (typing on, a later import) never does.
 */
export type CarriedConflict = ConflictDraft & { id: string; resolved: boolean };

/**
 * The conflict as this laptop shows it: "mine" is the version written here when one was, else the version
 * the record holds now (the later stamp), so "Keep mine" on a third laptop keeps what it shows.
 */
export function orientFor<T extends ConflictDraft>(conflict: T, deviceId: string): T {
  const remoteIsMine = originOf(conflict.remoteStamp) === deviceId;
  const localIsMine = originOf(conflict.localStamp) === deviceId;
  const swap = remoteIsMine !== localIsMine ? remoteIsMine : conflict.remoteStamp > conflict.localStamp;
  if (!swap) return conflict;
  return {
    ...conflict,
    localValue: conflict.remoteValue,
    remoteValue: conflict.localValue,
    localStamp: conflict.remoteStamp,
    remoteStamp: conflict.localStamp,
  };
}

/**
 * A record brought up to a carried conflict's later version, or undefined unless it holds the conflict's
 * earlier version. A laptop whose clock is behind may write over a far-ahead version it had merged, with an
 * earlier stamp: it then holds the earlier one while every file it sends says it has seen the later, so no
 * file's records would bring it the later version again. The conflict, carried back to it, does.
 */
export function withLaterVersion(
  local: RecordState | undefined,
  conflict: ConflictDraft,
): RecordState | undefined {
  if (!local?.values || local.deletedAt || conflict.field === '*') return undefined;
  const localIsLater = conflict.localStamp > conflict.remoteStamp;
  const stamp = localIsLater ? conflict.localStamp : conflict.remoteStamp;
  const value = localIsLater ? conflict.localValue : conflict.remoteValue;
  // Only the conflict's own earlier version gives way: an edit made since (typed on) is newer than both.
  if (local.stamps[conflict.field] !== (localIsLater ? conflict.remoteStamp : conflict.localStamp))
    return undefined;
  const values = { ...local.values };
  if (value === undefined) delete values[conflict.field];
  else values[conflict.field] = value;
  return { ...local, values, stamps: { ...local.stamps, [conflict.field]: stamp } };
}
