import type { BankHolidayEdit, OrganisationSettings } from '../model';
import type { BankHolidayCalendar } from './bank-holidays';
import { bankHolidayCalendar } from './bank-holidays';

/** Everything the deadline rules depend on: the organisation's calendar and the counts its constitution sets. */
export type DeadlineRules = {
  calendar: BankHolidayCalendar;
  /** Some councils count Saturdays as clear days; s243 never counts Sundays. */
  saturdaysAreClearDays: boolean;
  /** Clear days between publication and meeting: 5 in England (LGA 1972 s100B), 3 in Wales. */
  noticeClearDays: number;
  /** LGA 1972 s243 also disregards the Christmas and Easter breaks; off only for bodies outside that Act. */
  excludeChristmasAndEasterBreaks: boolean;
  /** Officers' reports are due this many working days before publication. */
  reportDeadlineWorkingDays: number;
  /** A decision waits this many working days after its notice before it can be implemented. */
  callInWorkingDays: number;
};

export const defaultNoticeClearDays = 5;

/**
 * The rules from the organisation's settings and the clerk's bank holiday edits.
 *
 * @example deadlineRulesFrom(settings, edits).noticeClearDays // 5
 */
export function deadlineRulesFrom(
  settings: Pick<
    OrganisationSettings,
    | 'bankHolidayRegion'
    | 'saturdaysAreClearDays'
    | 'noticeClearDays'
    | 'reportDeadlineWorkingDays'
    | 'callInWorkingDays'
  >,
  edits: readonly BankHolidayEdit[] = [],
): DeadlineRules {
  return {
    calendar: bankHolidayCalendar(settings.bankHolidayRegion, edits),
    saturdaysAreClearDays: settings.saturdaysAreClearDays,
    noticeClearDays: settings.noticeClearDays,
    excludeChristmasAndEasterBreaks: true,
    reportDeadlineWorkingDays: settings.reportDeadlineWorkingDays,
    callInWorkingDays: settings.callInWorkingDays,
  };
}

/** Counts of days must be whole and not negative; a setting typed as "-1" or "2.5" is refused here, not later. */
export function checkDayCount(count: number, what: string): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(
      `${what} must be a whole number of days, 0 or more (it is ${count}). Check the settings.`,
    );
  }
}
