import { describe, expect, it } from 'vitest';
import { bankHolidayCalendar } from '../../../../renderer/domain/calendar/bank-holidays';
import {
  clearCalendarDaysBetween,
  keyDecisionNotice,
} from '../../../../renderer/domain/calendar/key-decisions';

const england = bankHolidayCalendar('englandAndWales', []);

describe('28 clear days’ notice of a key decision on the forward plan', () => {
  it('counts calendar days, leaving out the day of publication and the day of the decision', () => {
    expect(clearCalendarDaysBetween('2013-02-12', '2013-03-13')).toBe(28);
    expect(clearCalendarDaysBetween('2013-03-12', '2013-03-13')).toBe(0);
    expect(clearCalendarDaysBetween('2013-03-20', '2013-03-13')).toBe(0);
  });

  it('is in time published 28 clear days ahead, and not a day later', () => {
    expect(keyDecisionNotice('2013-03-13', '2013-02-12')).toEqual({
      clearDays: 28,
      noticeBy: '2013-02-12',
      inTime: true,
    });
    expect(keyDecisionNotice('2013-03-13', '2013-02-13')).toMatchObject({ clearDays: 27, inTime: false });
  });

  it('says the last working day to publish when the 29th day before is a weekend or bank holiday', () => {
    // Decision on Wednesday 29 May 2024: the 29th day before is Tuesday 30 April, a working day.
    expect(keyDecisionNotice('2024-05-29', '2024-04-30', england).noticeBy).toBe('2024-04-30');
    // Decision on Monday 3 June 2024: the 29th day before is Sunday 5 May, so the office publishes by Friday 3 May.
    expect(keyDecisionNotice('2024-06-03', '2024-05-03', england)).toEqual({
      clearDays: 30,
      noticeBy: '2024-05-03',
      inTime: true,
    });
    // Decision on Tuesday 4 June 2024: the 29th day before is Monday 6 May, a bank holiday, so Friday 3 May.
    expect(keyDecisionNotice('2024-06-04', '2024-05-06', england).noticeBy).toBe('2024-05-03');
  });
});
