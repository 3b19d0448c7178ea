import type { MinuteNumberFormat } from './model';

/**
 * A stored minute number ("654", "9/18", "5") as the house prints it. The stored number stays the running
 * count so that numbering carries on from it; only the printed form has the prefix, the leading zeros, the year
 * and the suffix. Without a format a plain number prints "101." (seed 004) and "9/18" keeps its own form (seed 001).
 * An unnumbered section's minute has no number, and prints none.
 *
 * @example printedMinuteNumber('654', { prefix: '', suffix: '.', width: 4, yearForm: 'slashYY', agendaNumberBeside: false }, 2025) // "0654/26."
 */
export function printedMinuteNumber(
  stored: string,
  format?: MinuteNumberFormat,
  municipalYear?: number,
): string {
  if (!stored) return '';
  if (!format) return /^\d+$/.test(stored) ? `${stored}.` : stored;
  const padded = stored.replace(/^\d+/, (count) => count.padStart(format.width, '0'));
  const hasYear = stored.includes('/');
  const year =
    format.yearForm === 'slashYY' && !hasYear && municipalYear !== undefined
      ? `/${String((municipalYear + 1) % 100).padStart(2, '0')}`
      : '';
  return `${format.prefix}${padded}${year}${format.suffix}`;
}

/**
 * A minute number as the screens show it in a sentence or a label ("Minute 0654/26: Fees"): the printed house
 * form without the full stop that closes a printed heading, so what the screen shows is what prints. '' for an
 * unnumbered section. A year that cannot be read (a meeting whose date is unreadable) adds no year.
 *
 * @example shownMinuteNumber('654', { prefix: '', suffix: '.', width: 4, yearForm: 'slashYY', agendaNumberBeside: false }, 2025) // "0654/26"
 */
export function shownMinuteNumber(
  stored: string,
  format?: MinuteNumberFormat,
  municipalYear?: number,
): string {
  const year = municipalYear !== undefined && Number.isFinite(municipalYear) ? municipalYear : undefined;
  return printedMinuteNumber(stored, format, year).replace(/\.$/, '');
}

/** The digits of a number as the clerk typed it: "0654" keeps its width (4) as well as its value (654). */
export function typedMinuteNumber(typed: string): { value: number; width: number } | undefined {
  const digits = typed.trim();
  if (!/^\d+$/.test(digits) || Number(digits) < 1) return undefined;
  return { value: Number(digits), width: digits.startsWith('0') ? digits.length : 0 };
}

/**
 * "(Agenda item 5)" under a minute whose number is not its agenda number, when the house prints it; undefined
 * otherwise, and for an unnumbered section or an item with no agenda number.
 */
export function agendaNumberNote(
  minuteNumber: string,
  agendaNumber: string | undefined,
  format?: MinuteNumberFormat,
): string | undefined {
  if (!format?.agendaNumberBeside || !agendaNumber || !minuteNumber) return undefined;
  return minuteNumber === agendaNumber ? undefined : `(Agenda item ${agendaNumber})`;
}
