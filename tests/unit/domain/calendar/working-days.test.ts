import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  callInImplementationDate,
  callInPeriod,
  isWorkingDay,
  reportDeadline,
} from '../../../../renderer/domain/calendar/working-days';
import { keyDecisionNoticeDate } from '../../../../renderer/domain/calendar/key-decisions';
import { meetingDeadlines } from '../../../../renderer/domain/calendar/meeting-deadlines';
import { rulesFor } from './rules-for-tests';

const rules = rulesFor();

describe('working days', () => {
  it('are Monday to Friday, not bank holidays', () => {
    expect(isWorkingDay('2013-03-13', rules.calendar)).toBe(true);
    expect(isWorkingDay('2013-03-16', rules.calendar)).toBe(false);
    expect(isWorkingDay('2013-03-17', rules.calendar)).toBe(false);
    expect(isWorkingDay('2013-04-01', rules.calendar)).toBe(false);
  });

  it('move forward and back over weekends and holidays', () => {
    expect(addWorkingDays('2013-03-28', 1, rules.calendar)).toBe('2013-04-02');
    expect(addWorkingDays('2013-04-02', -1, rules.calendar)).toBe('2013-03-28');
    expect(addWorkingDays('2013-03-16', 0, rules.calendar)).toBe('2013-03-16');
  });
});

describe('reportDeadline', () => {
  it('is 5 working days before publication on Tuesday 5 March 2013', () => {
    expect(reportDeadline('2013-03-05', rules)).toBe('2013-02-26');
  });

  it('skips Easter', () => {
    expect(reportDeadline('2013-04-03', rulesFor({ reportDeadlineWorkingDays: 3 }))).toBe('2013-03-27');
  });

  it('skips Christmas and Boxing Day', () => {
    // Friday 27 December 2013 was an ordinary working day.
    expect(reportDeadline('2013-12-30', rulesFor({ reportDeadlineWorkingDays: 2 }))).toBe('2013-12-24');
  });

  it('is the publication day itself when no working days are set', () => {
    expect(reportDeadline('2013-03-05', rulesFor({ reportDeadlineWorkingDays: 0 }))).toBe('2013-03-05');
  });

  it('refuses a negative setting', () => {
    expect(() => reportDeadline('2013-03-05', rulesFor({ reportDeadlineWorkingDays: -2 }))).toThrow(
      /report deadline must be a whole number/,
    );
  });
});

describe('call-in', () => {
  it('follows seed 003: 3 working days after publication, not counting the day of publication', () => {
    expect(callInPeriod('2012-06-11', rules)).toEqual({
      lastDay: '2012-06-14',
      implementableFrom: '2012-06-15',
    });
  });

  it('runs over a weekend to the next working day', () => {
    expect(callInImplementationDate('2013-03-12', rules)).toBe('2013-03-18');
  });

  it('does not count Good Friday or Easter Monday', () => {
    expect(callInPeriod('2013-03-28', rules)).toEqual({
      lastDay: '2013-04-04',
      implementableFrom: '2013-04-05',
    });
  });

  it('uses the configured number of days', () => {
    expect(callInImplementationDate('2013-03-11', rulesFor({ callInWorkingDays: 5 }))).toBe('2013-03-19');
  });
});

describe('keyDecisionNoticeDate', () => {
  it('leaves 28 clear days before the decision', () => {
    // 13 February to 12 March 2013 inclusive is 28 days.
    expect(keyDecisionNoticeDate('2013-03-13')).toBe('2013-02-12');
    expect(keyDecisionNoticeDate('2024-03-29')).toBe('2024-02-29');
  });

  it('moves back to a working day when the office must publish', () => {
    // 29 days before Monday 11 March 2013 is Sunday 10 February.
    expect(keyDecisionNoticeDate('2013-03-11')).toBe('2013-02-10');
    expect(keyDecisionNoticeDate('2013-03-11', rules.calendar)).toBe('2013-02-08');
    // 29 days before Sunday 28 April 2013 is Saturday 30 March, and before Tuesday 30 April is Easter Monday:
    // either way the notice must go out on Thursday 28 March, before Good Friday.
    expect(keyDecisionNoticeDate('2013-04-28', rules.calendar)).toBe('2013-03-28');
    expect(keyDecisionNoticeDate('2013-04-30', rules.calendar)).toBe('2013-03-28');
  });
});

describe('meetingDeadlines', () => {
  it('gives every date for the Partnership Board on 13 March 2013', () => {
    expect(meetingDeadlines('2013-03-13', rules)).toEqual({
      reportsDueBy: '2013-02-26',
      publishAgendaBy: '2013-03-05',
      keyDecisionNoticeBy: '2013-02-12',
    });
  });
});
