import type { IsoDate } from '../model';

/** Months after the start of the municipal year in which committees meet: none in May (the annual council) or August. */
const meetingMonthOffsets = [1, 2, 4, 5, 6, 7, 8, 9, 10, 11] as const;

function isoOf(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/**
 * The committee's meeting dates in one municipal year: one a month on a Tuesday to Thursday, in the week the
 * committee keeps (its `weekOfMonth`), so dates differ between committees but stay regular for each.
 */
export function meetingDates(
  startYear: number,
  startMonth: number,
  count: number,
  weekOfMonth: number,
): IsoDate[] {
  return meetingMonthOffsets.slice(0, Math.min(count, meetingMonthOffsets.length)).map((offset) => {
    const day = new Date(Date.UTC(startYear, startMonth - 1 + offset, 1 + weekOfMonth * 7));
    while (day.getUTCDay() < 2 || day.getUTCDay() > 4) day.setUTCDate(day.getUTCDate() + 1);
    return isoOf(day);
  });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return isoOf(day);
}
