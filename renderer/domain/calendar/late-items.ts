import type { IsoDate } from '../model';
import type { DeadlineRules } from './deadline-rules';
import { clearDaysBetween } from './clear-days';

/** What the clerk needs to know about an item added to an agenda. */
export type LateItemCheck = {
  /** True when the item must be taken as urgent business, with the special circumstances stated in the minutes. */
  late: boolean;
  clearDays: number;
  required: number;
};

/**
 * Whether an item added on `addedOn` has the notice's clear days before the meeting (LGA 1972 s100B(4)(b)).
 *
 * @example checkLateItem('2013-03-08', '2013-03-13', rules) // { late: true, clearDays: 2, required: 5 }
 */
export function checkLateItem(addedOn: IsoDate, meeting: IsoDate, rules: DeadlineRules): LateItemCheck {
  const clearDays = clearDaysBetween(addedOn, meeting, rules);
  return { late: clearDays < rules.noticeClearDays, clearDays, required: rules.noticeClearDays };
}

/** True when an item added on that day has fewer clear days than the notice needs, and so must be marked urgent. */
export function isLateItem(addedOn: IsoDate, meeting: IsoDate, rules: DeadlineRules): boolean {
  return checkLateItem(addedOn, meeting, rules).late;
}
