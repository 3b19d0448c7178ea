import type { MinuteNumberingScheme } from './model';

/**
 * Minute numbers follow the order items were actually taken, not the agenda order.
 *
 * - continuous: the next number after the last minute this committee ever recorded (101., 102.).
 * - perMunicipalYear: "N/YY", N counting through the municipal year, YY the year the municipal year ends
 *   (seed 001: March 2018 in the 2017/18 year prints 9/18).
 * - perAgendaItem: the agenda item's own printed number (seed 003).
 *
 * @example minuteNumber({ scheme: 'perMunicipalYear', sequence: 9, municipalYear: 2017, agendaNumber: '1' }) // "9/18"
 */
export type MinuteNumberInput = {
  scheme: MinuteNumberingScheme;
  /** The running count for continuous and per-year schemes, already including this minute. */
  sequence: number;
  municipalYear: number;
  agendaNumber: string;
  /** An unnumbered section (a presentation, announcements): its minute has no number and uses none up. */
  unnumbered?: boolean;
};

export function minuteNumber(input: MinuteNumberInput): string {
  if (input.unnumbered) return '';
  switch (input.scheme) {
    case 'continuous':
      return String(input.sequence);
    case 'perMunicipalYear':
      return `${input.sequence}/${String((input.municipalYear + 1) % 100).padStart(2, '0')}`;
    case 'perAgendaItem':
      return input.agendaNumber;
  }
}

/** The running count in a printed minute number ("9/18" -> 9, "101" -> 101), or undefined if it has none. */
export function sequenceOf(number: string): number | undefined {
  const match = /^(\d+)/.exec(number);
  return match ? Number(match[1]) : undefined;
}
