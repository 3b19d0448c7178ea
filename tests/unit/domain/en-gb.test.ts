import { describe, expect, it } from 'vitest';
import {
  formatClockTime,
  formatLongDate,
  formatNumericDate,
  meetingHeldOn,
  parseClockTime,
  parseIsoDate,
} from '../../../renderer/domain/en-gb';

describe('dates and times in the house style', () => {
  it('writes dates in full, as council papers do', () => {
    expect(formatLongDate('2013-03-13')).toBe('Wednesday 13 March 2013');
    expect(formatLongDate('2012-12-06')).toBe('Thursday 6 December 2012');
    expect(formatNumericDate('2010-01-07')).toBe('07/01/2010');
  });

  it('writes times as "6.00 pm"', () => {
    expect(formatClockTime('18:00')).toBe('6.00 pm');
    expect(formatClockTime('18:02')).toBe('6.02 pm');
    expect(formatClockTime('21:20')).toBe('9.20 pm');
    expect(formatClockTime('09:30')).toBe('9.30 am');
    expect(formatClockTime('12:00')).toBe('12.00 pm');
    expect(formatClockTime('00:15')).toBe('12.15 am');
  });

  it('makes the minutes heading', () => {
    expect(meetingHeldOn('2013-03-13', '18:00')).toBe(
      'Minutes of the meeting held on Wednesday 13 March 2013 at 6.00 pm',
    );
    expect(meetingHeldOn('2012-12-06')).toBe('Minutes of the meeting held on Thursday 6 December 2012');
  });

  it('refuses what is not a date or a time, saying what it expected', () => {
    expect(() => parseIsoDate('13/03/2013')).toThrow(/expected YYYY-MM-DD/);
    expect(() => parseClockTime('6pm')).toThrow(/expected HH:MM/);
    expect(() => parseClockTime('25:00')).toThrow(/expected HH:MM/);
  });
});
