import { originOf } from './knowledge';
import type { ConflictDraft } from './types';

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
