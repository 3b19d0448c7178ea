import { addDays, getDay, lastDayOfMonth } from 'date-fns';
import type { BankHolidayRegion, IsoDate } from '../model';
import { toIsoDate } from '../en-gb';
import { easterSunday } from './easter';

/** One bank holiday, named as GOV.UK names it. */
export type BankHoliday = {
  date: IsoDate;
  name: string;
};

/** A holiday on a fixed date that moves to the next free weekday when it falls at a weekend. */
type FixedHoliday = { month: number; day: number; name: string };

const sunday = 0;
const monday = 1;
const saturday = 6;

/** The nth (1-based) Monday of a month, or the last when nth is 'last'. */
function mondayOf(year: number, month: number, nth: number | 'last'): Date {
  if (nth === 'last') {
    const last = lastDayOfMonth(new Date(year, month - 1, 1));
    return addDays(last, -((getDay(last) - monday + 7) % 7));
  }
  const first = new Date(year, month - 1, 1);
  return addDays(first, ((monday - getDay(first) + 7) % 7) + 7 * (nth - 1));
}

function fixedHolidays(region: BankHolidayRegion): FixedHoliday[] {
  const newYear = [{ month: 1, day: 1, name: "New Year's Day" }];
  const christmas = [
    { month: 12, day: 25, name: 'Christmas Day' },
    { month: 12, day: 26, name: 'Boxing Day' },
  ];
  switch (region) {
    case 'englandAndWales':
      return [...newYear, ...christmas];
    case 'scotland':
      return [
        ...newYear,
        { month: 1, day: 2, name: '2nd January' },
        { month: 11, day: 30, name: "St Andrew's Day" },
        ...christmas,
      ];
    case 'northernIreland':
      return [
        ...newYear,
        { month: 3, day: 17, name: "St Patrick's Day" },
        { month: 7, day: 12, name: "Battle of the Boyne (Orangemen's Day)" },
        ...christmas,
      ];
  }
}

/** Holidays that are always on a weekday: Easter and the Monday holidays. */
function movableHolidays(region: BankHolidayRegion, year: number): { date: Date; name: string }[] {
  const easter = easterSunday(year);
  const easterDay = new Date(year, easter.month - 1, easter.day);
  const holidays = [
    { date: addDays(easterDay, -2), name: 'Good Friday' },
    { date: mondayOf(year, 5, 1), name: 'Early May bank holiday' },
    { date: mondayOf(year, 5, 'last'), name: 'Spring bank holiday' },
  ];
  if (region !== 'scotland') holidays.push({ date: addDays(easterDay, 1), name: 'Easter Monday' });
  // Scotland's summer holiday is the first Monday of August; elsewhere the last.
  holidays.push({ date: mondayOf(year, 8, region === 'scotland' ? 1 : 'last'), name: 'Summer bank holiday' });
  return holidays;
}

/**
 * The bank holidays a region has by the standing rules (Banking and Financial Dealings Act 1971 and the royal
 * proclamations that follow it each year), before any one-off change. A fixed-date holiday that falls on a Saturday
 * or Sunday gives a "substitute day" on the next weekday that is not already a holiday: so when Christmas Day is a
 * Sunday, Boxing Day keeps Monday and Christmas takes Tuesday.
 *
 * @example holidaysByRule('scotland', 2022) // includes 3 January (New Year's Day (substitute day)) and 4 January
 */
export function holidaysByRule(region: BankHolidayRegion, year: number): BankHoliday[] {
  const taken = new Map<IsoDate, string>();
  for (const { date, name } of movableHolidays(region, year)) taken.set(toIsoDate(date), name);
  const atWeekends: { date: Date; name: string }[] = [];
  for (const { month, day, name } of fixedHolidays(region)) {
    const date = new Date(year, month - 1, day);
    if (getDay(date) === saturday || getDay(date) === sunday) atWeekends.push({ date, name });
    else taken.set(toIsoDate(date), name);
  }
  // In date order, so the earlier holiday takes the earlier substitute day (Christmas before Boxing Day).
  for (const { date, name } of atWeekends) {
    let substitute = addDays(date, 1);
    while (
      getDay(substitute) === saturday ||
      getDay(substitute) === sunday ||
      taken.has(toIsoDate(substitute))
    ) {
      substitute = addDays(substitute, 1);
    }
    taken.set(toIsoDate(substitute), `${name} (substitute day)`);
  }
  return [...taken].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}
