import type { BankHolidayEdit, BankHolidayRegion } from '../../../../renderer/domain/model';
import type { DeadlineRules } from '../../../../renderer/domain/calendar/deadline-rules';
import { deadlineRulesFrom } from '../../../../renderer/domain/calendar/deadline-rules';

/** The rules of an English council that excludes Saturdays, unless a test says otherwise. */
export function rulesFor(
  overrides: Partial<DeadlineRules> & { region?: BankHolidayRegion; edits?: BankHolidayEdit[] } = {},
): DeadlineRules {
  const { region = 'englandAndWales', edits = [], ...rest } = overrides;
  const rules = deadlineRulesFrom(
    {
      bankHolidayRegion: region,
      saturdaysAreClearDays: false,
      noticeClearDays: 5,
      reportDeadlineWorkingDays: 5,
      callInWorkingDays: 3,
    },
    edits,
  );
  return { ...rules, ...rest };
}
