import { differenceInCalendarDays, differenceInMonths, getDay } from 'date-fns';
import { formatClockTime, formatShortDate, parseClockTime, parseIsoDate } from '../en-gb';
import type { ClockTime, IsoDate } from '../model';
import { countOf, listOf } from '../english';
import type { BankHolidayCalendar } from './bank-holidays';

/** Meetings are held between these hours; a start outside them is more likely a slip (3:00 for 15:00). */
export const usualHours = { earliest: '07:00', latest: '22:00' } as const;

/** What looks wrong about a meeting's day and start time: a warning to check, never a reason to refuse. */
export type MeetingWhenWarnings = { date?: string; startTime?: string };

function howLongAgo(date: Date, today: Date): string {
  const months = differenceInMonths(today, date);
  if (months >= 1) return countOf(months, 'month');
  return countOf(differenceInCalendarDays(today, date), 'day');
}

function readDate(date: IsoDate | undefined): Date | undefined {
  if (!date) return undefined;
  try {
    return parseIsoDate(date);
  } catch {
    return undefined;
  }
}

function readTime(time: ClockTime | undefined): ClockTime | undefined {
  if (!time) return undefined;
  try {
    const [hours, minutes] = parseClockTime(time);
    return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  } catch {
    return undefined;
  }
}

/**
 * Warnings for a day and time that are probably typed wrong: a day already past, a Saturday or Sunday, a bank
 * holiday, a start before 7.00 am or after 10.00 pm. Each still stands if the clerk means it (a meeting held last
 * month being recorded now, an extraordinary Saturday meeting), so forms show these and save anyway. A day or
 * time that cannot be read gets no warning here: the form's own check refuses it.
 *
 * @example
 *   meetingWhenWarnings({ date: '2026-12-25', startTime: '03:00' }, { today: '2026-12-01', calendar })
 *   // { date: '25 December 2026 is a bank holiday (Christmas Day). Check the day; ...',
 *   //   startTime: '3.00 am is outside usual meeting hours ...' }
 */
export function meetingWhenWarnings(
  when: { date?: IsoDate; startTime?: ClockTime },
  context: { today: IsoDate; calendar?: BankHolidayCalendar },
): MeetingWhenWarnings {
  const warnings: MeetingWhenWarnings = {};
  const said = when.date ? meetingDayDoubts(when.date, context) : [];
  if (when.date && said.length > 0)
    warnings.date = `${formatShortDate(when.date)} is ${listOf(said)}. Check the day; if it is right, it can still be saved.`;
  const time = readTime(when.startTime);
  if (time && (time < usualHours.earliest || time > usualHours.latest)) {
    warnings.startTime = `${formatClockTime(time)} is outside usual meeting hours (${formatClockTime(usualHours.earliest)} to ${formatClockTime(usualHours.latest)}). Check the time; if it is right, it can still be saved.`;
  }
  return warnings;
}

/**
 * Why a day looks wrong for a meeting, each as words that follow "is": "in the past (2 months ago)", "a
 * Saturday", "a bank holiday (Christmas Day)". Empty for a likely day, or one that cannot be read.
 */
export function meetingDayDoubts(
  date: IsoDate,
  context: { today: IsoDate; calendar?: BankHolidayCalendar },
): string[] {
  const day = readDate(date);
  if (!day) return [];
  const today = readDate(context.today);
  const said: string[] = [];
  if (today && day < today) said.push(`in the past (${howLongAgo(day, today)} ago)`);
  const holiday = context.calendar?.holidayOn(date);
  // "Boxing Day (substitute day)" inside brackets reads "(Boxing Day, substitute day)".
  if (holiday) said.push(`a bank holiday (${holiday.replace(/\s*\((.*)\)$/, ', $1')})`);
  else if (getDay(day) === 0 || getDay(day) === 6)
    said.push(`a ${getDay(day) === 0 ? 'Sunday' : 'Saturday'}`);
  return said;
}
