import type { IsoDate } from './model';
import { parseIsoDate } from './en-gb';

/**
 * The municipal year a date falls in, named by the year it starts: with a May start, 6 March 2018 is in the
 * 2017 year (2017/18), and 20 May 2018 in the 2018 year.
 */
export function municipalYearOf(date: IsoDate, startMonth: number): number {
  const day = parseIsoDate(date);
  const year = day.getFullYear();
  return day.getMonth() + 1 >= startMonth ? year : year - 1;
}

/** The municipal year of a stored date, or undefined for a date Chamber cannot read (an old import). */
export function municipalYearIfReadable(date: unknown, startMonth: number): number | undefined {
  try {
    return typeof date === 'string' ? municipalYearOf(date, startMonth) : undefined;
  } catch {
    return undefined;
  }
}

/** "2017/18" */
export function municipalYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}
