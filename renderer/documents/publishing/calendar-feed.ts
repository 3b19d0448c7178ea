import type { MeetingRecord } from '../../domain/meeting-record';
import { meetingsIcs } from '../calendar';

/**
 * The published meetings as one iCalendar feed, made by the same builder as the calendar screen's .ics export,
 * so a meeting has the same UID in both and a member's calendar program updates it rather than doubling it.
 * `stampedAt` is the feed's DTSTAMP: the publisher passes the previous publication's time first, and a new time
 * only when the meetings themselves changed, so an unchanged calendar is not rewritten.
 */
export function publishedCalendar(
  council: string,
  records: readonly Pick<MeetingRecord, 'meeting' | 'committee'>[],
  stampedAt: Date,
): Uint8Array | undefined {
  if (records.length === 0) return undefined;
  const sorted = [...records].sort((a, b) =>
    `${a.meeting.date}${a.meeting.startTime}${a.meeting.id}`.localeCompare(
      `${b.meeting.date}${b.meeting.startTime}${b.meeting.id}`,
    ),
  );
  return meetingsIcs(
    sorted.map(({ meeting, committee }) => ({ meeting, committeeName: committee.name })),
    { exportedAt: stampedAt, calendarName: `${council} meetings` },
  );
}
