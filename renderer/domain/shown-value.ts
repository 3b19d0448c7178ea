import { formatClockTime, formatLongDate, formatNumericDate, formatShortDate } from './en-gb';

/**
 * A stored value as a screen shows it. A stored value can be one the domain cannot read (an old import, a file
 * from another laptop: a start time of "25:99", a date of "2026-02-31", a status Chamber does not know). The
 * formatters in en-gb.ts rightly refuse such a value; a screen must not, or the clerk loses the whole screen,
 * the form that would correct it included. So screens format through here: a good value reads as ever, a bad
 * one comes back marked, carrying what was stored so the clerk can see it and correct it.
 *
 * @example shownTime('18:00') // { valid: true, text: '6.00 pm' }
 * @example shownTime('25:99') // { valid: false, stored: '25:99' }
 */
export type ShownValue = { valid: true; text: string } | { valid: false; stored: string };

/** What was stored, as text, whatever it was (a number, null, an object from a hand-edited file). */
function storedText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return value === undefined || value === null ? '' : JSON.stringify(value);
}

function shown(value: unknown, format: (text: string) => string): ShownValue {
  if (typeof value !== 'string') return { valid: false, stored: storedText(value) };
  try {
    return { valid: true, text: format(value) };
  } catch {
    // The formatters throw only on a value they cannot read (see parseIsoDate and parseClockTime).
    return { valid: false, stored: value };
  }
}

const dateStyles = { long: formatLongDate, short: formatShortDate, numeric: formatNumericDate } as const;

/** A stored ISO date in one of en-gb.ts's styles: "Wednesday 13 March 2013", "13 March 2013", "13/03/2013". */
export function shownDate(value: unknown, style: keyof typeof dateStyles = 'long'): ShownValue {
  return shown(value, dateStyles[style]);
}

/** A stored "HH:MM" time as council papers write it: "6.00 pm". */
export function shownTime(value: unknown): ShownValue {
  return shown(value, formatClockTime);
}

/** A stored value of a value set (`meetingStatuses`, `committeeTypes`...) by its name. */
export function shownChoice(names: Readonly<Record<string, string>>, value: unknown): ShownValue {
  return shown(value, (key) => {
    if (!Object.hasOwn(names, key)) throw new Error(`Not one of the choices: ${key}`);
    return names[key] as string;
  });
}

/**
 * The value as plain text, for where only text will do (a page title, a file name, an ARIA label):
 * "Start time not valid: “25:99”", or "Start time missing" when nothing was stored.
 */
export function shownText(value: ShownValue, field: string): string {
  if (value.valid) return value.text;
  return value.stored === '' ? `${field} missing` : `${field} not valid: “${value.stored}”`;
}
