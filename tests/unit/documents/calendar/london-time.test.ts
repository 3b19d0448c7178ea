import { describe, expect, it } from 'vitest';
import { londonTimeToUtc } from '../../../../renderer/documents/calendar/london-time';

const utc = (date: string, time: string): string => londonTimeToUtc(date, time).toISOString();

describe('londonTimeToUtc', () => {
  it('leaves Greenwich time alone in winter', () => {
    expect(utc('2013-03-13', '18:00')).toBe('2013-03-13T18:00:00.000Z');
    expect(utc('2013-12-11', '09:30')).toBe('2013-12-11T09:30:00.000Z');
  });

  it('takes an hour off in British Summer Time', () => {
    expect(utc('2013-07-10', '18:00')).toBe('2013-07-10T17:00:00.000Z');
  });

  it('changes on the last Sundays of March and October', () => {
    // 2013: summer time began Sunday 31 March and ended Sunday 27 October.
    expect(utc('2013-03-30', '18:00')).toBe('2013-03-30T18:00:00.000Z');
    expect(utc('2013-03-31', '18:00')).toBe('2013-03-31T17:00:00.000Z');
    expect(utc('2013-03-31', '00:30')).toBe('2013-03-31T00:30:00.000Z');
    expect(utc('2013-03-31', '03:00')).toBe('2013-03-31T02:00:00.000Z');
    expect(utc('2013-10-26', '18:00')).toBe('2013-10-26T17:00:00.000Z');
    expect(utc('2013-10-27', '18:00')).toBe('2013-10-27T18:00:00.000Z');
  });

  it('refuses a time that is not a time', () => {
    expect(() => utc('2013-03-13', '6pm')).toThrow('Not a time (expected HH:MM, 24-hour): 6pm');
  });
});
