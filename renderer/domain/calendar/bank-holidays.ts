import type { BankHolidayEdit, BankHolidayRegion, IsoDate } from '../model';
import { parseIsoDate } from '../en-gb';
import type { BankHoliday } from './bank-holiday-rules';
import { holidaysByRule } from './bank-holiday-rules';
import { oneOffChanges } from './bank-holiday-one-offs';

/**
 * The years Chamber ships bank holidays for, rules and one-off changes both. Other years are still computed by the
 * rules, but a proclamation Chamber does not know about can only come in as a clerk's edit.
 */
export const builtInYears = { first: 2010, last: 2035 } as const;

/** Applies changes to a list of holidays: every removal first, then every addition, so an added day always stands. */
function applyChanges(
  holidays: readonly BankHoliday[],
  changes: readonly { date: IsoDate; name: string; change: 'added' | 'removed' }[],
): BankHoliday[] {
  const byDate = new Map(holidays.map((holiday) => [holiday.date, holiday.name]));
  for (const { date } of changes.filter((change) => change.change === 'removed')) byDate.delete(date);
  for (const { date, name } of changes.filter((change) => change.change === 'added')) byDate.set(date, name);
  return [...byDate].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The bank holidays of one region in one year as Chamber ships them: the standing rules plus the one-off changes.
 *
 * @example builtInBankHolidays('englandAndWales', 2012) // 4 June Spring bank holiday, 5 June Diamond Jubilee
 */
export function builtInBankHolidays(region: BankHolidayRegion, year: number): BankHoliday[] {
  const oneOffs = oneOffChanges.filter(
    (change) => change.regions.includes(region) && change.date.startsWith(`${year}-`),
  );
  return applyChanges(holidaysByRule(region, year), oneOffs);
}

/**
 * Applies the clerk's own edits for the region to a list of holidays (edits for other regions are ignored).
 * Edits are stored records with no order, so removals are applied before additions: a day the clerk added is never
 * cancelled by a removal, and taking an addition back means deleting that edit.
 *
 * @example applyBankHolidayEdits(builtInBankHolidays('scotland', 2024), edits, 'scotland')
 */
export function applyBankHolidayEdits(
  holidays: readonly BankHoliday[],
  edits: readonly BankHolidayEdit[],
  region: BankHolidayRegion,
): BankHoliday[] {
  return applyChanges(
    holidays,
    edits.filter((edit) => edit.region === region),
  );
}

/** The organisation's bank holidays, built in and edited, asked about one date at a time. */
export type BankHolidayCalendar = {
  region: BankHolidayRegion;
  /** The holiday's name on that date, or undefined on an ordinary day. */
  holidayOn(date: IsoDate): string | undefined;
  holidaysIn(year: number): BankHoliday[];
};

/**
 * A calendar for one region with the clerk's edits applied. Years are worked out when first asked for.
 *
 * @example bankHolidayCalendar('englandAndWales').holidayOn('2013-03-29') // "Good Friday"
 */
export function bankHolidayCalendar(
  region: BankHolidayRegion,
  edits: readonly BankHolidayEdit[] = [],
): BankHolidayCalendar {
  const years = new Map<number, BankHoliday[]>();
  const holidaysIn = (year: number): BankHoliday[] => {
    let holidays = years.get(year);
    if (!holidays) {
      const ofYear = edits.filter((edit) => edit.date.startsWith(`${year}-`));
      holidays = applyBankHolidayEdits(builtInBankHolidays(region, year), ofYear, region);
      years.set(year, holidays);
    }
    return holidays;
  };
  return {
    region,
    holidaysIn: (year) => [...holidaysIn(year)],
    holidayOn: (date) => {
      const year = parseIsoDate(date).getFullYear();
      return holidaysIn(year).find((holiday) => holiday.date === date)?.name;
    },
  };
}
