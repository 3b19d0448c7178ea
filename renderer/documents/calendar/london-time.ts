import type { ClockTime, IsoDate } from '../../domain/model';
import { parseClockTime, parseIsoDate } from '../../domain/en-gb';

const hour = 3_600_000;

/** The last Sunday of a month at 01:00 UTC, when British Summer Time starts (March) or ends (October). */
function lastSundayAtOneUtc(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0));
  return Date.UTC(year, monthIndex, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/**
 * The UTC instant of a wall-clock time in the UK (Europe/London), whatever the time zone of the machine: meetings
 * are held on UK time, and a laptop set to another zone must still export 6.00 pm as 6.00 pm in the UK.
 * Summer time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
 *
 * @example londonTimeToUtc('2013-07-10', '18:00') // Date for 2013-07-10T17:00:00Z
 */
export function londonTimeToUtc(date: IsoDate, time: ClockTime): Date {
  const day = parseIsoDate(date);
  const year = day.getFullYear();
  const [hours, minutes] = parseClockTime(time);
  const asIfGreenwich = Date.UTC(year, day.getMonth(), day.getDate(), hours, minutes);
  const asIfSummer = asIfGreenwich - hour;
  const summer = asIfSummer >= lastSundayAtOneUtc(year, 2) && asIfSummer < lastSundayAtOneUtc(year, 9);
  return new Date(summer ? asIfSummer : asIfGreenwich);
}
