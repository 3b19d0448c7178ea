import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/database';
import { castingVoteHolder, type ChairInput } from '../../../domain/chair-spells';
import type { Attendance, Membership } from '../../../domain/model';

/**
 * Who presides at the start, by the rule the minutes print by (documents/minutes/chair-lines.ts): the body's
 * Chair if in the meeting, else its Vice-Chair; else nobody Chamber knows of.
 */
export function openingChairOf(
  memberships: readonly Membership[],
  attendance: readonly Attendance[],
): string | undefined {
  const here = (personId: string) =>
    attendance.some(
      (line) => line.personId === personId && (line.status === 'present' || line.status === 'remote'),
    );
  for (const role of ['chair', 'viceChair'] as const) {
    const member = memberships.find((membership) => membership.role === role && here(membership.personId));
    if (member) return member.personId;
  }
  return undefined;
}

/** Who presides at each vote: whose casting vote a tie is, the same member the minutes will name. */
export type ChairAtVote = {
  /** The member in the Chair when this motion is (or was) put to the vote; undefined if nobody is known. */
  presidingAt: (motionId: string) => string | undefined;
  /** Whether the chair changed during the meeting (the minutes then name who gave a casting vote). */
  changed: boolean;
};

/**
 * Follows the running orders of every minute taken so far (a change of chair under an earlier minute still
 * holds), so the vote form names whoever presides now. Undefined while the minutes load.
 */
export function useChairAtVote(
  meetingId: string,
  minuteId: string,
  memberships: readonly Membership[],
  attendance: readonly Attendance[],
): ChairAtVote | undefined {
  const minutes = useLiveQuery(
    async () =>
      (await db.minutes.where('meetingId').equals(meetingId).toArray()).map(
        ({ id, takenOrder, proceedings }) => ({ id, takenOrder, proceedings }),
      ),
    [meetingId],
  );
  if (!minutes) return undefined;
  const input: ChairInput = { openingChairId: openingChairOf(memberships, attendance), minutes };
  return {
    presidingAt: (motionId) => castingVoteHolder(input, minuteId, motionId),
    changed: minutes.some((minute) => (minute.proceedings ?? []).some((step) => step.kind === 'chairChange')),
  };
}
