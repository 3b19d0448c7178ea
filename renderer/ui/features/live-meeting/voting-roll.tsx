import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/database';
import type { Attendance } from '../../../domain/model';
import { countOf } from '../../../domain/english';
import { causesWords, votingRoll, type VotingRoll } from '../../../domain/vote-eligibility';
import { useLiveStyles } from './live-styles';
import { nameIn, type MeetingFrame } from './use-live-meeting';

/**
 * Who may vote on this item now, from the one rule the vote itself is checked against (so the screen never
 * offers a vote the record would refuse). Undefined while the declarations load.
 */
export function useVotingRoll(
  frame: MeetingFrame,
  agendaItemId: string,
  attendance: readonly Attendance[],
): VotingRoll | undefined {
  const declarations = useLiveQuery(
    () => db.declarations.where('meetingId').equals(frame.meeting.id).toArray(),
    [frame.meeting.id],
  );
  if (!declarations) return undefined;
  return votingRoll({
    attendance,
    declarations,
    memberships: frame.memberships,
    agendaItemId,
    allowsRemoteAttendance: frame.committee.allowsRemoteAttendance,
    on: frame.meeting.date,
  });
}

/** "7 can vote now. Not counted: Councillor X (barred from voting on this item by section 106 ...)." */
export function VotingRollHint({ roll, frame }: { roll: VotingRoll; frame: MeetingFrame }) {
  const live = useLiveStyles();
  return (
    <p className={live.hint}>
      {countOf(roll.eligible.length, 'member')} can vote now.
      {roll.excluded.length > 0
        ? ` Not counted: ${roll.excluded.map((member) => `${nameIn(frame.people, member.personId)} (${causesWords(member.causes)})`).join('; ')}.`
        : ''}
    </p>
  );
}
