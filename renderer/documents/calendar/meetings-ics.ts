import type { EventAttributes } from 'ics';
import { createEvents } from 'ics';
import type { Meeting } from '../../domain/model';
import { meetingTypes } from '../../domain/model';
import { refoldIcs } from './ics-lines';
import { londonTimeToUtc } from './london-time';

/** A meeting with the name of its committee, as the calendar shows it. */
export type CalendarMeeting = {
  meeting: Pick<Meeting, 'id' | 'date' | 'startTime' | 'venue' | 'type' | 'status'>;
  committeeName: string;
};

export type MeetingsCalendarOptions = {
  /** Stamped on every event (DTSTAMP); passed in so the same meetings always give the same file. */
  exportedAt: Date;
  /** Meetings have no end time in Chamber; calendars get this length. Two hours unless said otherwise. */
  durationMinutes?: number;
  calendarName?: string;
};

export const defaultMeetingMinutes = 120;

/** "Partnership Board - Ordinary" */
export function meetingEventTitle({ meeting, committeeName }: CalendarMeeting): string {
  return `${committeeName} - ${meetingTypes[meeting.type]}`;
}

/** A stable UID: exporting the same meeting again updates the event in the calendar program instead of copying it. */
export function meetingEventUid(meetingId: string): string {
  return `${meetingId}@chamber`;
}

function durationOf(totalMinutes: number): { hours: number; minutes: number } {
  if (!Number.isInteger(totalMinutes) || totalMinutes <= 0) {
    throw new RangeError(
      `A meeting must last a whole number of minutes, more than 0 (it is ${totalMinutes}).`,
    );
  }
  return { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}

function toEvent(entry: CalendarMeeting, options: MeetingsCalendarOptions): EventAttributes {
  const start = londonTimeToUtc(entry.meeting.date, entry.meeting.startTime);
  const event: EventAttributes & { timestamp: number } = {
    uid: meetingEventUid(entry.meeting.id),
    title: meetingEventTitle(entry),
    start: [
      start.getUTCFullYear(),
      start.getUTCMonth() + 1,
      start.getUTCDate(),
      start.getUTCHours(),
      start.getUTCMinutes(),
    ],
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: durationOf(options.durationMinutes ?? defaultMeetingMinutes),
    timestamp: options.exportedAt.getTime(),
    status: entry.meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    productId: 'Chamber',
    ...(entry.meeting.venue.trim() ? { location: entry.meeting.venue.trim() } : {}),
  };
  return event;
}

/**
 * Meetings as an iCalendar file (RFC 5545) for Outlook, Google Calendar and the like: one event per meeting titled
 * "<Committee> - <type>", at the venue, starting at the UK time of the meeting (written in UTC), lasting two hours.
 *
 * @example meetingsIcs([{ meeting, committeeName: 'Partnership Board' }], { exportedAt: new Date() })
 */
export function meetingsIcs(
  meetings: readonly CalendarMeeting[],
  options: MeetingsCalendarOptions,
): Uint8Array {
  if (meetings.length === 0) throw new Error('There are no meetings to export. Choose at least one meeting.');
  const { error, value } = createEvents(
    meetings.map((entry) => toEvent(entry, options)),
    { productId: 'Chamber', ...(options.calendarName ? { calName: options.calendarName } : {}) },
  );
  if (error || value === null) {
    throw new Error(
      `The calendar file could not be made: ${error?.message ?? 'no output'}. Check the meetings' dates and times.`,
    );
  }
  return new TextEncoder().encode(refoldIcs(value));
}
