import { addDays, getDay } from 'date-fns';
import type { IsoDate } from '../model';
import { parseIsoDate, toIsoDate } from '../en-gb';
import type { BankHolidayCalendar } from './bank-holidays';
import { easterSunday } from './easter';

function isMondayToFriday(date: Date): boolean {
  return getDay(date) !== 0 && getDay(date) !== 6;
}

/** The first and last day of a break, inclusive. */
export type DayRange = { from: IsoDate; to: IsoDate };

/** LGA 1972 s243's Easter break: from the Thursday before Easter Day to the Tuesday after it. */
export function easterBreak(year: number): DayRange {
  const easter = easterSunday(year);
  const easterDay = new Date(year, easter.month - 1, easter.day);
  return { from: toIsoDate(addDays(easterDay, -3)), to: toIsoDate(addDays(easterDay, 2)) };
}

/**
 * s243's Christmas break: from the last week day before Christmas Day to the first week day after it that is not a
 * bank holiday. The Act does not define "week day"; reading it as Monday to Friday makes the break no shorter than
 * under any other reading, so a deadline counted with it is never too late.
 *
 * @example christmasBreak(2013, calendar) // { from: '2013-12-24', to: '2013-12-27' }
 */
export function christmasBreak(year: number, calendar: BankHolidayCalendar): DayRange {
  const christmas = new Date(year, 11, 25);
  let from = addDays(christmas, -1);
  while (!isMondayToFriday(from)) from = addDays(from, -1);
  let to = addDays(christmas, 1);
  while (!isMondayToFriday(to) || calendar.holidayOn(toIsoDate(to)) !== undefined) to = addDays(to, 1);
  return { from: toIsoDate(from), to: toIsoDate(to) };
}

const within = (date: IsoDate, range: DayRange): boolean => date >= range.from && date <= range.to;

/** Whether a date is in the Easter break or in a Christmas break (the one before it may run into January). */
export function isInStatutoryBreak(date: IsoDate, calendar: BankHolidayCalendar): boolean {
  const year = parseIsoDate(date).getFullYear();
  return (
    within(date, easterBreak(year)) ||
    within(date, christmasBreak(year, calendar)) ||
    within(date, christmasBreak(year - 1, calendar))
  );
}
