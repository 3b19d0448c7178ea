import { describe, expect, it } from 'vitest';
import {
  meetingDayDoubts,
  meetingWhenWarnings,
} from '../../../../renderer/domain/calendar/meeting-when-warnings';
import { rulesFor } from './rules-for-tests';

const { calendar } = rulesFor();
const today = '2026-12-07';

describe('meetingWhenWarnings', () => {
  it('says nothing of a weekday evening meeting to come', () => {
    expect(meetingWhenWarnings({ date: '2026-12-09', startTime: '18:00' }, { today, calendar })).toEqual({});
  });

  it('warns of a day in the past, saying how long ago', () => {
    expect(meetingWhenWarnings({ date: '2026-01-07' }, { today, calendar }).date).toBe(
      '7 January 2026 is in the past (11 months ago). Check the day; if it is right, it can still be saved.',
    );
    expect(meetingWhenWarnings({ date: '2026-12-03' }, { today, calendar }).date).toMatch(
      /^3 December 2026 is in the past \(4 days ago\)\./,
    );
    expect(meetingWhenWarnings({ date: '2026-12-04' }, { today: '2026-12-05', calendar }).date).toMatch(
      /\(1 day ago\)/,
    );
    expect(meetingWhenWarnings({ date: today }, { today, calendar })).toEqual({});
  });

  it('warns of a Saturday, a Sunday and a bank holiday, by name', () => {
    expect(meetingWhenWarnings({ date: '2026-12-12' }, { today, calendar }).date).toMatch(
      /^12 December 2026 is a Saturday\./,
    );
    expect(meetingWhenWarnings({ date: '2026-12-13' }, { today, calendar }).date).toMatch(/is a Sunday\./);
    expect(meetingWhenWarnings({ date: '2026-12-25' }, { today, calendar }).date).toMatch(
      /^25 December 2026 is a bank holiday \(Christmas Day\)\./,
    );
  });

  it('names every reason at once, as English', () => {
    expect(meetingWhenWarnings({ date: '2026-05-04' }, { today, calendar }).date).toMatch(
      /^4 May 2026 is in the past \(7 months ago\) and a bank holiday \(Early May bank holiday\)\./,
    );
  });

  it('warns of a start before 7.00 am or after 10.00 pm, not at either', () => {
    expect(meetingWhenWarnings({ startTime: '03:00' }, { today }).startTime).toBe(
      '3.00 am is outside usual meeting hours (7.00 am to 10.00 pm). Check the time; if it is right, it can still be saved.',
    );
    expect(meetingWhenWarnings({ startTime: '22:30' }, { today }).startTime).toMatch(/^10\.30 pm is outside/);
    expect(meetingWhenWarnings({ startTime: '07:00' }, { today })).toEqual({});
    expect(meetingWhenWarnings({ startTime: '22:00' }, { today })).toEqual({});
  });

  it('leaves a day or time it cannot read to the form’s own check', () => {
    expect(meetingWhenWarnings({ date: '2026-02-31', startTime: '25:99' }, { today, calendar })).toEqual({});
    expect(meetingWhenWarnings({ date: '', startTime: '' }, { today, calendar })).toEqual({});
  });
});

describe('meetingDayDoubts', () => {
  it('gives each reason to check a day, for a list of dates', () => {
    expect(meetingDayDoubts('2026-11-28', { today, calendar })).toEqual([
      'in the past (9 days ago)',
      'a Saturday',
    ]);
    expect(meetingDayDoubts('2026-12-28', { today, calendar })).toEqual([
      'a bank holiday (Boxing Day, substitute day)',
    ]);
    expect(meetingDayDoubts('2026-12-16', { today, calendar })).toEqual([]);
  });
});
