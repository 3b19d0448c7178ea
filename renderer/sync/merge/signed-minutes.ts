import { signedMinutesTables, signingLocks } from '../../domain/signed-minutes-scope';
import { conflictId } from './conflicts';
import type { MergePlan } from './plan';
import type { ConflictDraft, RecordState } from './types';

/**
 * A change a file made to signed minutes without a recorded correction, kept as a conflict. After the import
 * the signed version goes back: the field's signed value, or a record the file added is taken out again. A
 * record the file deleted stays deleted (a deletion is final in sync) and the conflict keeps it whole.
 */
export type SignedVersionKept = {
  table: string;
  id: string;
  /** The field changed, or '*' for a record the file added or deleted. */
  field: string;
  restore: { value: unknown } | 'remove' | 'none';
};

/**
 * The meetings whose minutes are signed on this laptop, and those the file brings a correction for (a
 * revision with a reason, kept by correctSignedMinute on the other laptop). `movedPeople` is every person
 * merged into another (removed id -> kept id), here or in the file: a change that only moves signed minutes'
 * references to the person kept is a merge's, not a change to what was signed (person-merge.ts).
 */
export type SignedLocks = {
  signed: ReadonlySet<string>;
  corrected: ReadonlySet<string>;
  movedPeople?: ReadonlyMap<string, string>;
};

/** The value with every id of a merged-away person replaced by the person kept (a fresh copy). */
function withPeopleMoved(value: unknown, moved: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return moved.get(value) ?? value;
  if (Array.isArray(value)) return value.map((entry: unknown) => withPeopleMoved(entry, moved));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, field]) => [
      key,
      withPeopleMoved(field, moved),
    ]),
  );
}

function onlyMovesPeople(
  before: unknown,
  after: unknown,
  moved: ReadonlyMap<string, string> | undefined,
): boolean {
  if (!moved?.size || before === undefined) return false;
  return JSON.stringify(withPeopleMoved(before, moved)) === JSON.stringify(after);
}

/**
 * Keep signed minutes as signed against a file that changes them with no recorded reason (minutes edited on a
 * laptop that had not yet heard of the approval, say). Each such change becomes a conflict, shown in the
 * preview and kept for the clerk to choose, and is listed for the import to put the signed version back
 * (stamped afresh, so every laptop comes to the signed version). Works on the plan in place.
 *
 * @example const kept = keepSignedVersions(plan, { signed: new Set([meeting.id]), corrected: new Set() })
 */
export function keepSignedVersions(plan: MergePlan, locks: SignedLocks): SignedVersionKept[] {
  const kept: SignedVersionKept[] = [];
  for (const merge of plan.merges) {
    const { remote, local } = merge;
    if (merge.outcome === 'unchanged' || !signedMinutesTables.has(remote.table)) continue;
    const meetingId = local?.values?.meetingId ?? remote.values?.meetingId;
    if (typeof meetingId !== 'string' || !locks.signed.has(meetingId) || locks.corrected.has(meetingId))
      continue;
    const fields =
      merge.outcome === 'updated'
        ? merge.fields.filter(
            (field) =>
              signingLocks(remote.table, field) &&
              !onlyMovesPeople(local?.values?.[field], merge.merged.values?.[field], locks.movedPeople),
          )
        : ['*'];
    for (const field of fields) {
      const conflict = draftFor(merge.outcome, field, local, merge.merged);
      const shown = { ...conflict, id: conflictId(conflict) };
      if (!plan.conflicts.some((found) => found.id === shown.id)) plan.conflicts.push(shown);
      merge.conflicts = [...merge.conflicts.filter((found) => found.field !== field), shown];
      kept.push({
        table: remote.table,
        id: remote.id,
        field,
        restore:
          merge.outcome === 'updated'
            ? { value: local?.values?.[field] }
            : merge.outcome === 'added'
              ? 'remove'
              : 'none',
      });
    }
  }
  return kept;
}

function draftFor(
  outcome: 'added' | 'updated' | 'deleted',
  field: string,
  local: RecordState | undefined,
  merged: RecordState,
): ConflictDraft {
  const whole = field === '*';
  const remoteStamp = (whole ? (merged.deletedAt ?? latest(merged.stamps)) : merged.stamps[field]) ?? '';
  return {
    table: merged.table,
    recordId: merged.id,
    field,
    // A field one side never had travels as null: a file's conflicts carry no undefined values.
    localValue: whole
      ? outcome === 'added'
        ? null
        : (local?.values ?? null)
      : (local?.values?.[field] ?? null),
    remoteValue: whole
      ? outcome === 'deleted'
        ? null
        : (merged.values ?? null)
      : (merged.values?.[field] ?? null),
    // A record or field the signed minutes never had has no stamp of its own: it takes the change's.
    localStamp: (whole ? latest(local?.stamps) : local?.stamps[field]) ?? remoteStamp,
    remoteStamp,
  };
}

function latest(stamps: Record<string, string> | undefined): string | undefined {
  return Object.values(stamps ?? {})
    .sort()
    .at(-1);
}
