import type { Attendance, IsoDate, Meeting, RecordId } from './model';
import { bySurname } from './person-name';

/**
 * A member's attendance as councils publish it: meetings they were expected at, present (in the room or
 * remotely), sent apologies, absent without apologies, and meetings attended as a substitute for someone else.
 */
export type AttendanceTally = {
  personId: RecordId;
  name: string;
  expected: number;
  present: number;
  apologies: number;
  absent: number;
  asSubstitute: number;
};

function emptyTally(personId: RecordId, name: string): AttendanceTally {
  return { personId, name, expected: 0, present: 0, apologies: 0, absent: 0, asSubstitute: 0 };
}

/** Only members count: officers and visitors attend but are not expected. */
function count(tallies: Map<string, AttendanceTally>, line: Attendance): void {
  if (line.kind !== 'member' || !line.personId) return;
  const tally = tallies.get(line.personId) ?? emptyTally(line.personId, line.name);
  const attended = line.status === 'present' || line.status === 'remote';
  if (line.substituteForPersonId) {
    if (attended) tally.asSubstitute += 1;
  } else {
    tally.expected += 1;
    if (attended) tally.present += 1;
    else if (line.status === 'apologies') tally.apologies += 1;
    else tally.absent += 1;
  }
  tallies.set(line.personId, tally);
}

/** Attendance per member at the given meetings (a committee's municipal year), by surname. */
export function attendanceByMember(
  lines: readonly Attendance[],
  meetingIds: ReadonlySet<RecordId>,
): AttendanceTally[] {
  const tallies = new Map<string, AttendanceTally>();
  for (const line of lines) if (meetingIds.has(line.meetingId)) count(tallies, line);
  return [...tallies.values()].sort((a, b) =>
    bySurname({ title: '', name: a.name }, { title: '', name: b.name }),
  );
}

export type CommitteeAttendance = AttendanceTally & { committeeId: RecordId };

/** One member's record across every committee they attended, optionally within dates. */
export function memberRecord(
  personId: RecordId,
  lines: readonly Attendance[],
  meetings: ReadonlyMap<RecordId, Meeting>,
  range: { from?: IsoDate; to?: IsoDate } = {},
): CommitteeAttendance[] {
  const byCommittee = new Map<string, Map<string, AttendanceTally>>();
  for (const line of lines) {
    if (line.personId !== personId) continue;
    const meeting = meetings.get(line.meetingId);
    if (!meeting) continue;
    if ((range.from && meeting.date < range.from) || (range.to && meeting.date > range.to)) continue;
    const tallies = byCommittee.get(meeting.committeeId) ?? new Map<string, AttendanceTally>();
    count(tallies, line);
    byCommittee.set(meeting.committeeId, tallies);
  }
  return [...byCommittee.entries()].flatMap(([committeeId, tallies]) =>
    [...tallies.values()].map((tally) => ({ ...tally, committeeId })),
  );
}

/** "86%": share of expected meetings attended; a dash when none were expected. */
export function attendanceRate(tally: Pick<AttendanceTally, 'expected' | 'present'>): string {
  return tally.expected === 0 ? '–' : `${Math.round((tally.present / tally.expected) * 100)}%`;
}
