import { addDays, getDay } from 'date-fns';
import type { IsoDate } from '../model';
import { parseIsoDate, toIsoDate } from '../en-gb';
import type { BankHolidayCalendar } from './bank-holidays';
import type { DeadlineRules } from './deadline-rules';
import { checkDayCount } from './deadline-rules';

/** A working day is Monday to Friday and not a bank holiday. */
export function isWorkingDay(date: IsoDate, calendar: BankHolidayCalendar): boolean {
  const weekday = getDay(parseIsoDate(date));
  return weekday !== 0 && weekday !== 6 && calendar.holidayOn(date) === undefined;
}

/**
 * Moves `count` working days from `date` (forward when positive, back when negative), not counting `date` itself.
 *
 * @example addWorkingDays('2012-06-11', 3, calendar) // '2012-06-14'
 */
export function addWorkingDays(date: IsoDate, count: number, calendar: BankHolidayCalendar): IsoDate {
  const step = count < 0 ? -1 : 1;
  let day = parseIsoDate(date);
  for (let moved = 0; moved < Math.abs(count);) {
    day = addDays(day, step);
    if (isWorkingDay(toIsoDate(day), calendar)) moved += 1;
  }
  return toIsoDate(day);
}

/** The date itself when it is a working day, else the working day before it: the last day the office can act. */
export function lastWorkingDayOnOrBefore(date: IsoDate, calendar: BankHolidayCalendar): IsoDate {
  let day = date;
  while (!isWorkingDay(day, calendar)) day = toIsoDate(addDays(parseIsoDate(day), -1));
  return day;
}

/**
 * The day officers' reports are due: rules.reportDeadlineWorkingDays working days before the agenda is published.
 *
 * @example reportDeadline('2013-03-05', rules) // '2013-02-26' with 5 working days
 */
export function reportDeadline(publication: IsoDate, rules: DeadlineRules): IsoDate {
  checkDayCount(rules.reportDeadlineWorkingDays, 'The report deadline');
  return addWorkingDays(publication, -rules.reportDeadlineWorkingDays, rules.calendar);
}

/** The call-in period for a decision notice: its last day, and the first working day the decision can be acted on. */
export type CallInPeriod = { lastDay: IsoDate; implementableFrom: IsoDate };

/**
 * Call-in: a decision may be implemented on the expiry of N working days after its notice is published, not
 * counting the day of publication (seed 003). The period ends at the close of its last working day; officers act
 * on the next working day.
 *
 * @example callInPeriod('2012-06-11', rules) // { lastDay: '2012-06-14', implementableFrom: '2012-06-15' } (N = 3)
 */
export function callInPeriod(decisionNotice: IsoDate, rules: DeadlineRules): CallInPeriod {
  checkDayCount(rules.callInWorkingDays, 'The call-in period');
  const lastDay = addWorkingDays(decisionNotice, rules.callInWorkingDays, rules.calendar);
  return { lastDay, implementableFrom: addWorkingDays(lastDay, 1, rules.calendar) };
}

/** The first day a decision can be implemented if it is not called in. */
export function callInImplementationDate(decisionNotice: IsoDate, rules: DeadlineRules): IsoDate {
  return callInPeriod(decisionNotice, rules).implementableFrom;
}
