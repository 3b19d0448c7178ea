/**
 * Easter Day in the Gregorian calendar, by the anonymous Gregorian computus (Meeus/Jones/Butcher), which is exact
 * for every year from 1583. Good Friday and Easter Monday, and the s243 "Easter break", hang off this date.
 *
 * @example easterSunday(2013) // { month: 3, day: 31 }: 31 March 2013
 */
export function easterSunday(year: number): { month: number; day: number } {
  if (!Number.isInteger(year) || year < 1583)
    throw new RangeError(`Easter is computed for years from 1583: ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}
