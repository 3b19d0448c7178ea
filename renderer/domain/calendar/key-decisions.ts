import { addDays, differenceInCalendarDays } from 'date-fns';
import type { IsoDate } from '../model';
import { parseIsoDate, toIsoDate } from '../en-gb';
import type { BankHolidayCalendar } from './bank-holidays';
import { lastWorkingDayOnOrBefore } from './working-days';

/** Notice of a key decision, and of a private executive meeting: SI 2012/2089 regs 9 and 5. */
export const keyDecisionNoticeClearDays = 28;

/**
 * The last day notice of a key decision can be published so that 28 clear days pass before the decision is taken.
 * The 2012 Regulations are made under the Local Government Act 2000, to which s243 of the 1972 Act does not apply,
 * so these are calendar days; only the day of publication and the day of the decision are left out. Given the
 * calendar, a date that falls on a weekend or bank holiday moves back to the working day before, when the office
 * can publish.
 *
 * @example keyDecisionNoticeDate('2013-03-13') // '2013-02-12'
 */
export function keyDecisionNoticeDate(decision: IsoDate, calendar?: BankHolidayCalendar): IsoDate {
  const latest = toIsoDate(addDays(parseIsoDate(decision), -(keyDecisionNoticeClearDays + 1)));
  return calendar ? lastWorkingDayOnOrBefore(latest, calendar) : latest;
}

/** Calendar days between publication and decision, leaving out both days (never below 0). */
export function clearCalendarDaysBetween(publishedOn: IsoDate, decision: IsoDate): number {
  return Math.max(0, differenceInCalendarDays(parseIsoDate(decision), parseIsoDate(publishedOn)) - 1);
}

/**
 * Whether a key decision (or a private executive meeting) on the forward plan published on `publishedOn` has its 28
 * clear days' notice: the notice it gets, the last day it could have been published, and whether it is in time.
 * One that is not may still be taken, but only under the general exception (reg 10: the chair of scrutiny told,
 * and a notice published, 5 clear days ahead) or special urgency (reg 11: the chair of scrutiny agrees).
 *
 * @example keyDecisionNotice('2013-03-13', '2013-02-12') // { clearDays: 28, noticeBy: '2013-02-12', inTime: true }
 */
export function keyDecisionNotice(
  decision: IsoDate,
  publishedOn: IsoDate,
  calendar?: BankHolidayCalendar,
): { clearDays: number; noticeBy: IsoDate; inTime: boolean } {
  const clearDays = clearCalendarDaysBetween(publishedOn, decision);
  return {
    clearDays,
    noticeBy: keyDecisionNoticeDate(decision, calendar),
    inTime: clearDays >= keyDecisionNoticeClearDays,
  };
}
