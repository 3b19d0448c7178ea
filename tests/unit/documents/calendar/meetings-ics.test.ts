import { describe, expect, it } from 'vitest';
import type { CalendarMeeting } from '../../../../renderer/documents/calendar/meetings-ics';
import { meetingsIcs } from '../../../../renderer/documents/calendar/meetings-ics';
import { readIcs } from './read-ics';

const partnershipBoard: CalendarMeeting = {
  committeeName: 'Safer Harrow Partnership Board',
  meeting: {
    id: '6f1c7a52-0d1e-4c55-9a3b-1d2e3f405162',
    date: '2013-03-13',
    startTime: '18:00',
    venue: 'Committee Room 5, Harrow Civic Centre, Station Road, Harrow, HA1 2XY',
    type: 'ordinary',
    status: 'agendaPublished',
  },
};

const summerMeeting: CalendarMeeting = {
  committeeName: 'Scrutiny Committee',
  meeting: {
    id: 'b2',
    date: '2012-06-11',
    startTime: '18:30',
    venue: 'Council Chamber – Town Hall',
    type: 'extraordinary',
    status: 'cancelled',
  },
};

const exportedAt = new Date(Date.UTC(2013, 2, 1, 9, 30));

describe('meetingsIcs', () => {
  it('writes one event per meeting that reads back with title, start, venue and a stable UID', () => {
    const { lines, events } = readIcs(meetingsIcs([partnershipBoard, summerMeeting], { exportedAt }));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      UID: '6f1c7a52-0d1e-4c55-9a3b-1d2e3f405162@chamber',
      SUMMARY: 'Safer Harrow Partnership Board - Ordinary',
      // 6.00 pm in March is Greenwich time.
      DTSTART: '20130313T180000Z',
      DURATION: 'PT2H',
      LOCATION: 'Committee Room 5, Harrow Civic Centre, Station Road, Harrow, HA1 2XY',
      DTSTAMP: '20130301T093000Z',
      STATUS: 'CONFIRMED',
    });
  });

  it('writes summer meetings an hour earlier in UTC, and marks cancelled ones', () => {
    const [event] = readIcs(meetingsIcs([summerMeeting], { exportedAt })).events;
    expect(event).toMatchObject({
      SUMMARY: 'Scrutiny Committee - Extraordinary',
      DTSTART: '20120611T173000Z',
      LOCATION: 'Council Chamber – Town Hall',
      STATUS: 'CANCELLED',
    });
  });

  it('gives the same bytes for the same meetings, so a re-export updates rather than duplicates', () => {
    const first = meetingsIcs([partnershipBoard], { exportedAt });
    const second = meetingsIcs([partnershipBoard], { exportedAt });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('uses the length the clerk chose, and names the calendar', () => {
    const { lines, events } = readIcs(
      meetingsIcs([partnershipBoard], {
        exportedAt,
        durationMinutes: 90,
        calendarName: 'Committee meetings',
      }),
    );
    expect(events[0]?.DURATION).toBe('PT1H30M');
    expect(lines).toContain('X-WR-CALNAME:Committee meetings');
  });

  it('refuses a length that is not a whole number of minutes', () => {
    expect(() => meetingsIcs([partnershipBoard], { exportedAt, durationMinutes: 0 })).toThrow(
      'A meeting must last a whole number of minutes, more than 0 (it is 0).',
    );
  });

  it('leaves LOCATION out when there is no venue', () => {
    const noVenue = { ...partnershipBoard, meeting: { ...partnershipBoard.meeting, venue: '  ' } };
    expect(readIcs(meetingsIcs([noVenue], { exportedAt })).events[0]).not.toHaveProperty('LOCATION');
  });

  it('folds every line at 75 octets with CRLF, without splitting a character', () => {
    const longVenue = {
      ...summerMeeting,
      meeting: { ...summerMeeting.meeting, venue: 'Salle du Conseil – Hôtel de Ville – '.repeat(6) + 'fin' },
    };
    const bytes = meetingsIcs([longVenue], { exportedAt });
    const text = new TextDecoder().decode(bytes);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = text.split('\r\n');
    expect(physical.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(2);
    for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(readIcs(bytes).events[0]?.LOCATION).toBe(longVenue.meeting.venue);
  });

  it('refuses an empty export and a meeting with a date that is not a date', () => {
    expect(() => meetingsIcs([], { exportedAt })).toThrow('There are no meetings to export');
    const bad = { ...partnershipBoard, meeting: { ...partnershipBoard.meeting, date: '13/03/2013' } };
    expect(() => meetingsIcs([bad], { exportedAt })).toThrow('Not a date (expected YYYY-MM-DD): 13/03/2013');
  });
});
