import { addDays, getDay } from 'date-fns';
import type { IsoDate } from '../model';
import { parseIsoDate, toIsoDate } from '../en-gb';
import type { DeadlineRules } from './deadline-rules';
import { checkDayCount } from './deadline-rules';
import { easterBreak, isInStatutoryBreak } from './breaks';
import { lastWorkingDayOnOrBefore } from './working-days';

/**
 * Why a day is not a clear day under LGA 1972 s243 and the organisation's settings, or undefined when it is one.
 * The day of publication and the day of the meeting are never clear days; the callers leave them out.
 *
 * @example notClearDayReason('2013-03-29', rules) // "Good Friday"
 */
export function notClearDayReason(date: IsoDate, rules: DeadlineRules): string | undefined {
  const day = parseIsoDate(date);
  const holiday = rules.calendar.holidayOn(date);
  if (holiday) return holiday;
  // s243 names Christmas Day and Good Friday itself, so they never count even where they are not bank holidays.
  if (date.endsWith('-12-25')) return 'Christmas Day';
  const goodFriday = toIsoDate(addDays(parseIsoDate(easterBreak(day.getFullYear()).from), 1));
  if (date === goodFriday) return 'Good Friday';
  if (getDay(day) === 0) return 'Sunday';
  if (rules.excludeChristmasAndEasterBreaks && isInStatutoryBreak(date, rules.calendar)) {
    return day.getMonth() === 11 || day.getMonth() === 0 ? 'Christmas break' : 'Easter break';
  }
  if (getDay(day) === 6 && !rules.saturdaysAreClearDays) return 'Saturday';
  return undefined;
}

export function isClearDay(date: IsoDate, rules: DeadlineRules): boolean {
  return notClearDayReason(date, rules) === undefined;
}

/**
 * The clear days between publication and meeting: the days strictly between them that count.
 *
 * @example clearDaysBetween('2013-03-05', '2013-03-13', rules) // 5 (Saturdays not counted)
 */
export function clearDaysBetween(published: IsoDate, meeting: IsoDate, rules: DeadlineRules): number {
  let count = 0;
  for (let day = addDays(parseIsoDate(published), 1); toIsoDate(day) < meeting; day = addDays(day, 1)) {
    if (isClearDay(toIsoDate(day), rules)) count += 1;
  }
  return count;
}

/**
 * The last day the agenda can be published with the notice's clear days (rules.noticeClearDays) before the meeting.
 * When the latest day the law allows is a weekend or bank holiday (a Sunday before a Monday that counts), this is
 * the working day before it: the office publishes on working days, and publishing earlier is always lawful.
 *
 * @example publicationDeadline('2013-03-13', rules) // '2013-03-05', Tuesday 5 March 2013
 */
export function publicationDeadline(meeting: IsoDate, rules: DeadlineRules): IsoDate {
  return lastWorkingDayOnOrBefore(latestLawfulPublication(meeting, rules), rules.calendar);
}

/** The latest day of any kind from which the notice's clear days pass before the meeting. */
export function latestLawfulPublication(meeting: IsoDate, rules: DeadlineRules): IsoDate {
  checkDayCount(rules.noticeClearDays, 'The clear days of notice');
  return clearDaysBefore(meeting, rules.noticeClearDays, rules);
}

/** The latest day from which `count` clear days pass before `date`. */
export function clearDaysBefore(date: IsoDate, count: number, rules: DeadlineRules): IsoDate {
  let day = addDays(parseIsoDate(date), -1);
  for (let found = 0; found < count; day = addDays(day, -1)) {
    if (isClearDay(toIsoDate(day), rules)) found += 1;
  }
  return toIsoDate(day);
}
