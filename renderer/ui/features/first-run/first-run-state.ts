import { db } from '../../../db/database';
import { loadOrganisationSettings } from '../../../db/repositories/settings';

/**
 * Kept on this laptop only: a clerk who skipped the first-run screen is not asked again here. Not in the
 * database: it is this window's preference, not the council's record, so sync has nothing to carry.
 */
const skippedKey = 'chamber.first-run-skipped';

/**
 * Whether Chamber opens on its first-run screen: a fresh install, with no organisation named and no committee,
 * where the clerk has not skipped it on this laptop.
 */
export async function firstRunNeeded(): Promise<boolean> {
  if (localStorage.getItem(skippedKey) === 'yes') return false;
  const [settings, committees] = await Promise.all([loadOrganisationSettings(), db.committees.count()]);
  return committees === 0 && !settings.name.trim();
}

export function skipFirstRun(): void {
  localStorage.setItem(skippedKey, 'yes');
}
