import equal from 'fast-deep-equal/es6';
import { laterStamp as later, type HlcStamp } from '../../domain/hybrid-clock';
import { hasSeen } from './knowledge';
import { hasWords, isLongText } from './long-text';
import type { ConflictDraft, Knowledge, RecordMerge, RecordState } from './types';

/** What each side knew when it made its versions: decides whether a difference is a conflict. */
export type MergeContext = { local: Knowledge; remote: Knowledge };

/**
 * Merge a record received from another laptop into the local one, field by field.
 *
 * Rules (each has a unit test in tests/unit/sync/merge-record.test.ts):
 * - Each field takes the version with the later hybrid-clock stamp; equal stamps are the same edit. The stamp
 *   ends with the device id, so two laptops never tie.
 * - A tombstone is final: Chamber never re-creates a record under a deleted id (repositories make new ids), so
 *   a record deleted anywhere ends deleted everywhere, whatever the order files arrive in.
 * - Long text (see long-text.ts) changed on both laptops since their last common version is a conflict: the
 *   later version stays in the record, so every laptop converges on the same text, and the other is kept in the
 *   conflict until the clerk chooses. "Since the last common version" means neither side had merged the other's
 *   version when it made its own: `hasSeen` over the knowledge each side reports.
 * - Text edited on one laptop that the other deleted without having seen it is kept the same way, as a conflict
 *   on the whole record (field '*'), so the clerk can bring it back.
 * - An edit made after its laptop had merged the other version, yet stamped earlier than it, was made on a laptop
 *   whose clock is behind the other's by more than the clock lets a stamp pull it forward (hybrid-clock.ts
 *   receive). Every laptop still keeps the later stamp in the record (so they agree), and keeps the edit, of
 *   any field, as a conflict: without it, the clerk's newer words would vanish with no sign.
 */
export function mergeRecord(
  local: RecordState | undefined,
  remote: RecordState,
  context: MergeContext,
): RecordMerge {
  if (!local) return adopt(remote);
  const stamps = laterStamps(local.stamps, remote.stamps);
  const deletedAt = later(local.deletedAt, remote.deletedAt);
  if (deletedAt) {
    const merged: RecordState = { table: local.table, id: local.id, stamps, deletedAt };
    const changed =
      deletedAt !== local.deletedAt || local.values !== undefined || !equal(stamps, local.stamps);
    return {
      merged,
      outcome: local.values ? 'deleted' : 'unchanged',
      fields: [],
      changed,
      conflicts: deletionConflicts(local, remote, context),
    };
  }
  return mergeFields(local, remote, stamps, context);
}

function adopt(remote: RecordState): RecordMerge {
  const alive = remote.values !== undefined && !remote.deletedAt;
  const merged: RecordState = alive ? remote : { ...remote, values: undefined };
  if (!alive) delete merged.values;
  return {
    merged,
    outcome: alive ? 'added' : 'unchanged',
    fields: alive ? Object.keys(remote.values ?? {}).filter((field) => field !== 'id') : [],
    changed: true,
    conflicts: [],
  };
}

function mergeFields(
  local: RecordState,
  remote: RecordState,
  stamps: Record<string, HlcStamp>,
  context: MergeContext,
): RecordMerge {
  const values: Record<string, unknown> = { ...local.values };
  const localValues = local.values ?? {};
  const remoteValues = remote.values ?? {};
  const fields: string[] = [];
  const conflicts: ConflictDraft[] = [];
  for (const field of Object.keys(remote.stamps)) {
    const remoteStamp = remote.stamps[field] ?? '';
    const localStamp = local.stamps[field];
    if (localStamp !== undefined && remoteStamp <= localStamp) {
      if (remoteStamp < localStamp) {
        pushConflict(conflicts, local, field, localStamp, remoteStamp, remoteValues, context);
        // The other laptop had our version and wrote over it, with a clock behind ours.
        if (hasSeen(context.remote, localStamp))
          pushBehindClock(conflicts, local, field, localStamp, remoteStamp, remoteValues);
      }
      continue;
    }
    if (localStamp !== undefined) {
      pushConflict(conflicts, local, field, localStamp, remoteStamp, remoteValues, context);
      // We had their version and wrote over it, with a clock behind theirs.
      if (hasSeen(context.local, remoteStamp))
        pushBehindClock(conflicts, local, field, localStamp, remoteStamp, remoteValues);
    }
    if (equal(localValues[field], remoteValues[field]) && field in localValues === field in remoteValues)
      continue;
    if (field in remoteValues) values[field] = remoteValues[field];
    else delete values[field];
    fields.push(field);
  }
  const merged: RecordState = { table: local.table, id: local.id, values, stamps };
  return {
    merged,
    outcome: fields.length > 0 ? 'updated' : 'unchanged',
    fields: fields.sort(),
    changed: fields.length > 0 || !equal(stamps, local.stamps),
    conflicts,
  };
}

/** Both sides edited a long text field without having seen the other's version, and the texts differ. */
function pushConflict(
  conflicts: ConflictDraft[],
  local: RecordState,
  field: string,
  localStamp: HlcStamp,
  remoteStamp: HlcStamp,
  remoteValues: Record<string, unknown>,
  context: MergeContext,
): void {
  if (!isLongText(local.table, field)) return;
  if (hasSeen(context.remote, localStamp) || hasSeen(context.local, remoteStamp)) return;
  const localValue = local.values?.[field];
  const remoteValue = remoteValues[field];
  if (equal(localValue, remoteValue)) return;
  const loser = localStamp > remoteStamp ? remoteValue : localValue;
  if (!hasWords(loser)) return;
  conflicts.push({
    table: local.table,
    recordId: local.id,
    field,
    localValue,
    remoteValue,
    localStamp,
    remoteStamp,
  });
}

/**
 * An edit that lost only because its laptop's clock was behind: the record keeps the later stamp, the edit is
 * kept as a conflict. Any field counts, but long text only when the losing version has words in it.
 */
function pushBehindClock(
  conflicts: ConflictDraft[],
  local: RecordState,
  field: string,
  localStamp: HlcStamp,
  remoteStamp: HlcStamp,
  remoteValues: Record<string, unknown>,
): void {
  const localValue = local.values?.[field];
  const remoteValue = remoteValues[field];
  if (equal(localValue, remoteValue)) return;
  // A paper's bytes are not shown side by side; the paper's record (name, version) carries its own conflict.
  if (localValue instanceof Uint8Array || remoteValue instanceof Uint8Array) return;
  const loser = localStamp > remoteStamp ? remoteValue : localValue;
  if (isLongText(local.table, field) && !hasWords(loser)) return;
  conflicts.push({
    table: local.table,
    recordId: local.id,
    field,
    localValue,
    remoteValue,
    localStamp,
    remoteStamp,
  });
}

/** Text on the living side that the deleting side never saw: kept whole, as a conflict on field '*'. */
function deletionConflicts(local: RecordState, remote: RecordState, context: MergeContext): ConflictDraft[] {
  const localAlive = local.values !== undefined && !local.deletedAt;
  const remoteAlive = remote.values !== undefined && !remote.deletedAt;
  if (localAlive && remote.deletedAt) {
    const unseen = unseenText(local, context.remote);
    if (!unseen) return [];
    return [draft(local, { local: local.values, remote: null }, unseen, remote.deletedAt)];
  }
  if (remoteAlive && local.deletedAt) {
    const unseen = unseenText(remote, context.local);
    if (!unseen) return [];
    return [draft(local, { local: null, remote: remote.values }, local.deletedAt, unseen)];
  }
  return [];
}

/** The latest stamp of a long text field with words in it that the other side had not merged. */
function unseenText(state: RecordState, otherKnew: Knowledge): HlcStamp | undefined {
  let latest: HlcStamp | undefined;
  for (const [field, stamp] of Object.entries(state.stamps)) {
    if (!isLongText(state.table, field) || !hasWords(state.values?.[field])) continue;
    if (hasSeen(otherKnew, stamp)) continue;
    latest = later(latest, stamp);
  }
  return latest;
}

function draft(
  local: RecordState,
  values: { local: unknown; remote: unknown },
  localStamp: HlcStamp,
  remoteStamp: HlcStamp,
): ConflictDraft {
  return {
    table: local.table,
    recordId: local.id,
    field: '*',
    localValue: values.local,
    remoteValue: values.remote,
    localStamp,
    remoteStamp,
  };
}

function laterStamps(a: Record<string, HlcStamp>, b: Record<string, HlcStamp>): Record<string, HlcStamp> {
  const stamps = { ...a };
  for (const [field, stamp] of Object.entries(b)) stamps[field] = later(stamps[field], stamp) ?? stamp;
  return stamps;
}
