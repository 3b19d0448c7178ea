import { describe, expect, it } from 'vitest';
import { attendanceLines } from '../../../../renderer/documents/minutes/attendance-lines';
import { closingNoteText } from '../../../../renderer/documents/minutes/closing-note';
import { printedMinuteNumber } from '../../../../renderer/documents/minutes/minute-heading';
import { sampleMeetingRecord } from '../../../../renderer/documents/sample/sample-meeting';
import type { MeetingEvent } from '../../../../renderer/domain/model';

const event = (kind: MeetingEvent['kind'], at: string): MeetingEvent => ({
  id: `${kind}${at}`,
  meetingId: 'm',
  kind,
  at,
  note: '',
});

describe('attendance lines', () => {
  it('lists Chair, Vice-Chair, then members in membership order with substitutes in the seat they fill', () => {
    const lines = attendanceLines(sampleMeetingRecord());
    expect(lines.present).toEqual([
      'Councillor Helen Okafor (Chair)',
      'Councillor Marcus Brennan (Vice-Chair)',
      'Councillors Ada Lindqvist and Joseph Tembe',
      'Councillor Lena Quint (substitute for Councillor Nkem Achebe)',
      'Dr Imogen Waverley',
      'Chief Inspector Owen Castell (attending remotely)',
      'Tobias Marsh (Co-opted Member)',
    ]);
    expect(lines.apologies).toEqual(['Councillor Rosa Ferreira', 'Councillor Nkem Achebe']);
    expect(lines.officers[0]).toBe('Grace Northcott (Head of Community Safety)');
  });

  it('notes arrival and departure times in the list when they were not during an item', () => {
    const record = sampleMeetingRecord();
    const waverley = record.attendance.find((line) => line.personId === 'p-waverley');
    if (!waverley) throw new Error('sample changed');
    delete waverley.arrivedDuringItemId;
    expect(attendanceLines(record).present).toContain('Dr Imogen Waverley (from 6.20 pm)');
  });
});

describe('closing note', () => {
  it('reads as seed 004 from the start and close events', () => {
    expect(closingNoteText([event('closed', '18:52'), event('started', '18:02')])).toBe(
      '[Note: The Meeting, having commenced at 6.02 pm, closed at 6.52 pm]',
    );
  });

  it('names adjournments, and falls back to seed 001 wording without a start time', () => {
    expect(
      closingNoteText([
        event('started', '18:00'),
        event('adjourned', '19:00'),
        event('resumed', '19:15'),
        event('closed', '20:00'),
      ]),
    ).toBe(
      '[Note: The Meeting, having commenced at 6.00 pm, adjourned at 7.00 pm, reconvened at 7.15 pm and closed at 8.00 pm]',
    );
    expect(closingNoteText([event('closed', '21:20')])).toBe('The meeting ended at 9.20 pm');
    expect(closingNoteText([event('started', '18:00')])).toBeUndefined();
  });
});

describe('printed minute numbers', () => {
  it('adds the full stop to plain numbers only', () => {
    expect(printedMinuteNumber('101')).toBe('101.');
    expect(printedMinuteNumber('9/18')).toBe('9/18');
  });
});
