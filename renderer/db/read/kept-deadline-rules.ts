import { deadlineRulesFrom, type DeadlineRules } from '../../domain/calendar/deadline-rules';
import type { BankHolidayEdit, OrganisationSettings } from '../../domain/model';

let kept: { key: string; rules: DeadlineRules } | undefined;

/**
 * The deadline rules for these settings and bank holiday edits, the same object as last time when neither has
 * changed. The rules carry the bank holiday calendar, which works out each year's holidays when first asked: kept
 * between reads, a meeting opened after another does not work the calendar out again (it cost several
 * milliseconds of each meeting page's open), and what is worked out from the rules can be kept against them.
 */
export function keptDeadlineRules(
  settings: OrganisationSettings,
  edits: readonly BankHolidayEdit[],
): DeadlineRules {
  const key = JSON.stringify([
    settings.bankHolidayRegion,
    settings.saturdaysAreClearDays,
    settings.noticeClearDays,
    settings.reportDeadlineWorkingDays,
    settings.callInWorkingDays,
    edits,
  ]);
  if (kept?.key !== key) kept = { key, rules: deadlineRulesFrom(settings, edits) };
  return kept.rules;
}
