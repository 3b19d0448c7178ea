import { useMemo } from 'react';
import { quorumState, type QuorumState } from '../../../domain/quorum';
import type { Attendance } from '../../../domain/model';
import type { MeetingFrame } from './use-live-meeting';

/**
 * The quorum now, and, once the meeting is under way (started and not closed), a warning that stays on screen
 * while it is inquorate: business must stop until members return.
 */
export function useQuorumWatch(
  frame: MeetingFrame | undefined,
  attendance: Attendance[] | undefined,
  underWay: boolean,
): { state: QuorumState; warning: string | undefined } | undefined {
  return useMemo(() => {
    if (!frame || !attendance) return undefined;
    const notCounted = new Set(
      frame.memberships
        .filter((m) => m.role === 'coOptedNonVoting' || m.role === 'adviser')
        .map((m) => m.personId),
    );
    const state = quorumState({
      attendance,
      quorum: frame.committee.quorum,
      allowsRemoteAttendance: frame.committee.allowsRemoteAttendance,
      notCounted,
    });
    const more = state.short === 1 ? 'another member arrives' : `${state.short} more members arrive`;
    const warning =
      underWay && !state.quorate
        ? `The meeting is inquorate: ${state.counted} of the ${state.needed} members needed are present. Business must stop until ${more}.`
        : undefined;
    return { state, warning };
  }, [frame, attendance, underWay]);
}
