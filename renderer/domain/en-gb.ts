import { format, parseISO } from 'date-fns';
import { enGB } from 'date-fns/locale';
import type { ClockTime, IsoDate } from './model';

/**
 * Dates and times in the house style of council papers: "Wednesday 13 March 2013", "6.00 pm".
 *
 * @example formatLongDate('2013-03-13') // "Wednesday 13 March 2013"
 * @example formatClockTime('18:00')     // "6.00 pm"
 */
export function formatLongDate(date: IsoDate): string {
  return format(parseIsoDate(date), 'EEEE d MMMM yyyy', { locale: enGB });
}

/** "13 March 2013", for references inside running text. */
export function formatShortDate(date: IsoDate): string {
  return format(parseIsoDate(date), 'd MMMM yyyy', { locale: enGB });
}

/** "13/03/2013", for tables such as the action log. */
export function formatNumericDate(date: IsoDate): string {
  return format(parseIsoDate(date), 'dd/MM/yyyy', { locale: enGB });
}

export function formatClockTime(time: ClockTime): string {
  const [hours, minutes] = parseClockTime(time);
  const when = new Date(2000, 0, 1, hours, minutes);
  // date-fns writes "6:00 PM"; council papers write "6.00 pm".
  return format(when, 'h.mm', { locale: enGB }) + (hours < 12 ? ' am' : ' pm');
}

/** "Minutes of the meeting held on Wednesday 13 March 2013 at 6.00 pm" */
export function meetingHeldOn(date: IsoDate, time?: ClockTime): string {
  const day = `Minutes of the meeting held on ${formatLongDate(date)}`;
  return time ? `${day} at ${formatClockTime(time)}` : day;
}

export function parseIsoDate(date: IsoDate): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`Not a date (expected YYYY-MM-DD): ${date}`);
  const parsed = parseISO(date);
  if (Number.isNaN(parsed.getTime())) throw new Error(`Not a real date: ${date}`);
  return parsed;
}

export function toIsoDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

export function parseClockTime(time: ClockTime): [number, number] {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 23 || minutes > 59) throw new Error(`Not a time (expected HH:MM, 24-hour): ${time}`);
  return [hours, minutes];
}

/** The wall-clock time now as "HH:MM", for stamping events in the meeting. */
export function clockTimeOf(date: Date): ClockTime {
  return format(date, 'HH:mm');
}
