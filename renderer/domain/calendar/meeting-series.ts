import { addDays, addMonths, addWeeks, getDay, lastDayOfMonth } from 'date-fns';
import type { IsoDate } from '../model';
import { formatLongDate, parseIsoDate, toIsoDate } from '../en-gb';
import type { BankHolidayCalendar } from './bank-holidays';

/** Day of the week as date-fns numbers it: 0 Sunday to 6 Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type MeetingPattern =
  /** Every week (1) or every fortnight (2), from the first such weekday in the range unless `firstDate` is given. */
  | { kind: 'weekly'; weekday: Weekday; everyWeeks: 1 | 2; firstDate?: IsoDate }
  /** The nth weekday of each month, or the last: "monthly on the second Wednesday". */
  | { kind: 'monthly'; weekday: Weekday; week: 1 | 2 | 3 | 4 | 'last' };

export type MeetingSeriesRequest = {
  pattern: MeetingPattern;
  /** The municipal year, named by the calendar year it starts in (2013 is 2013/14). */
  municipalYear: number;
  /** The month the municipal year starts: May (5) or April (4). */
  startMonth: 4 | 5;
  calendar: BankHolidayCalendar;
  /** Start later than the beginning of the year, e.g. after the annual meeting. */
  from?: IsoDate;
};

export type SkippedMeetingDate = { date: IsoDate; reason: string };

export type MeetingSeries = {
  dates: IsoDate[];
  skipped: SkippedMeetingDate[];
  /** A sentence for the clerk when dates were skipped, listing each one and why. */
  warning?: string;
};

const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ordinals = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', last: 'last' } as const;

/** "Monthly on the second Wednesday", "Fortnightly on Thursday". */
export function describeMeetingPattern(pattern: MeetingPattern): string {
  const day = weekdayNames[pattern.weekday] ?? '';
  if (pattern.kind === 'monthly') return `Monthly on the ${ordinals[pattern.week]} ${day}`;
  return `${pattern.everyWeeks === 1 ? 'Weekly' : 'Fortnightly'} on ${day}`;
}

function weekdayOfMonth(monthStart: Date, weekday: Weekday, week: 1 | 2 | 3 | 4 | 'last'): Date {
  if (week === 'last') {
    const last = lastDayOfMonth(monthStart);
    return addDays(last, -((getDay(last) - weekday + 7) % 7));
  }
  return addDays(monthStart, ((weekday - getDay(monthStart) + 7) % 7) + 7 * (week - 1));
}

function candidateDates(request: MeetingSeriesRequest, first: Date, last: Date): Date[] {
  const { pattern } = request;
  const dates: Date[] = [];
  if (pattern.kind === 'monthly') {
    for (
      let month = new Date(first.getFullYear(), first.getMonth(), 1);
      month <= last;
      month = addMonths(month, 1)
    ) {
      dates.push(weekdayOfMonth(month, pattern.weekday, pattern.week));
    }
    return dates.filter((date) => date >= first && date <= last);
  }
  let date = pattern.firstDate
    ? parseIsoDate(pattern.firstDate)
    : addDays(first, (pattern.weekday - getDay(first) + 7) % 7);
  if (getDay(date) !== pattern.weekday) {
    throw new Error(
      `The first meeting, ${formatLongDate(toIsoDate(date))}, is not a ${weekdayNames[pattern.weekday]}.`,
    );
  }
  for (; date <= last; date = addWeeks(date, pattern.everyWeeks)) if (date >= first) dates.push(date);
  return dates;
}

/**
 * The dates of a series of meetings in one municipal year. A date that falls on a bank holiday is left out (the
 * rhythm of the series is kept), and the warning lists each one so the clerk can choose another day.
 *
 * @example meetingSeries({ pattern: { kind: 'monthly', weekday: 3, week: 2 }, municipalYear: 2013, startMonth: 5,
 *   calendar }) // 12 Wednesdays from 8 May 2013 to 9 April 2014
 */
export function meetingSeries(request: MeetingSeriesRequest): MeetingSeries {
  const yearStart = new Date(request.municipalYear, request.startMonth - 1, 1);
  const yearEnd = addDays(new Date(request.municipalYear + 1, request.startMonth - 1, 1), -1);
  const from = request.from ? parseIsoDate(request.from) : yearStart;
  if (from < yearStart || from > yearEnd) {
    throw new RangeError(
      `${formatLongDate(toIsoDate(from))} is not in the municipal year that starts ${formatLongDate(toIsoDate(yearStart))}.`,
    );
  }
  const dates: IsoDate[] = [];
  const skipped: SkippedMeetingDate[] = [];
  for (const candidate of candidateDates(request, from, yearEnd)) {
    const date = toIsoDate(candidate);
    const holiday = request.calendar.holidayOn(date);
    if (holiday) skipped.push({ date, reason: `bank holiday (${holiday})` });
    else dates.push(date);
  }
  return skipped.length === 0 ? { dates, skipped } : { dates, skipped, warning: skippedWarning(skipped) };
}

function skippedWarning(skipped: SkippedMeetingDate[]): string {
  const list = skipped.map(({ date, reason }) => `${formatLongDate(date)}: ${reason}`).join('; ');
  const count = skipped.length === 1 ? 'One date was' : `${skipped.length} dates were`;
  return `${count} left out of the series: ${list}. Add a meeting on another day if one is needed.`;
}
