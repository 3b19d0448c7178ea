import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../../db/database';
import { leftTheRoomFor, quorumState, type QuorumState } from '../../../domain/quorum';
import { listOf } from '../../../domain/english';
import { membersWithoutVote } from '../../../domain/vote-eligibility';
import type { Attendance } from '../../../domain/model';
import { nameIn, type MeetingFrame } from './use-live-meeting';

/**
 * The quorum now, and, once the meeting is under way (started and not closed), a warning that stays on screen
 * while it is inquorate: business must stop until members return. During an item, a member who left the room
 * for it after declaring an interest is out of the count; they are back when the next item is taken.
 */
export function useQuorumWatch(
  frame: MeetingFrame | undefined,
  attendance: Attendance[] | undefined,
  underWay: boolean,
  currentItemId?: string,
): { state: QuorumState; warning: string | undefined } | undefined {
  const meetingId = frame?.meeting.id ?? '';
  const declarations = useLiveQuery(
    () => db.declarations.where('meetingId').equals(meetingId).toArray(),
    [meetingId],
  );
  return useMemo(() => {
    if (!frame || !attendance || !declarations) return undefined;
    const state = quorumState({
      attendance,
      quorum: frame.committee.quorum,
      allowsRemoteAttendance: frame.committee.allowsRemoteAttendance,
      notCounted: membersWithoutVote(frame.memberships, frame.meeting.date),
      ...(currentItemId ? { during: { agendaItemId: currentItemId, declarations } } : {}),
    });
    const more = state.short === 1 ? 'another member arrives' : `${state.short} more members arrive`;
    const outForItem = currentItemId
      ? [...leftTheRoomFor(declarations, currentItemId)].map((personId) => nameIn(frame.people, personId))
      : [];
    const why =
      outForItem.length > 0
        ? ` ${listOf(outForItem)} left the room for this item and ${outForItem.length === 1 ? 'is' : 'are'} not counted until it ends.`
        : '';
    const warning =
      underWay && !state.quorate
        ? `The meeting is inquorate: ${state.counted} of the ${state.needed} members needed are present.${why} Business must stop until ${more}.`
        : undefined;
    return { state, warning };
  }, [frame, attendance, declarations, underWay, currentItemId]);
}
