import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/database';
import { useMemo } from 'react';
import { castingVoteHolder, type ChairInput, type ChairMinute } from '../../../domain/chair-spells';
import type { Attendance, Membership } from '../../../domain/model';
import { useMinuteStubs, type MeetingFrame, type MinuteStub } from './use-live-meeting';
import { useMinuteFacts } from './use-minute-facts';

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
 *
 * Typing in the minute stores it at every key, so nothing here reads it: its own running order comes from the
 * screen's one shared read of its facts (use-minute-facts.ts), and the other minutes are read by their keys
 * alone, which typing in this one never wakes.
 */
export function useChairAtVote(
  frame: Pick<MeetingFrame, 'meeting' | 'memberships'>,
  minute: Pick<MinuteStub, 'id' | 'takenOrder'>,
  attendance: readonly Attendance[],
): ChairAtVote | undefined {
  const stubs = useMinuteStubs(frame.meeting.id);
  const facts = useMinuteFacts(minute.id);
  const othersKey = stubs
    ?.filter((stub) => stub.id !== minute.id)
    .map((stub) => stub.id)
    .join(' ');
  const others = useLiveQuery(async () => {
    if (othersKey === undefined) return undefined;
    const read = await db.minutes.bulkGet(othersKey ? othersKey.split(' ') : []);
    return read.flatMap((other) =>
      other ? [{ id: other.id, takenOrder: other.takenOrder, proceedings: other.proceedings }] : [],
    );
  }, [othersKey]);
  return useMemo(() => {
    if (!others || facts === undefined) return undefined;
    const minutes: ChairMinute[] = [
      ...others,
      { id: minute.id, takenOrder: minute.takenOrder, proceedings: facts?.proceedings },
    ];
    const input: ChairInput = {
      openingChairId: openingChairOf(frame.memberships, attendance),
      minutes,
    };
    return {
      presidingAt: (motionId: string) => castingVoteHolder(input, minute.id, motionId),
      changed: minutes.some((one) => (one.proceedings ?? []).some((step) => step.kind === 'chairChange')),
    };
  }, [others, facts, minute.id, minute.takenOrder, frame.memberships, attendance]);
}
