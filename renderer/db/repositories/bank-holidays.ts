import { db } from '../database';
import { deleteRecord, putRecord } from '../gate';
import type { BankHolidayEdit, BankHolidayRegion } from '../../domain/model';
import { deadlineRulesFrom, type DeadlineRules } from '../../domain/calendar/deadline-rules';
import { loadOrganisationSettings } from './settings';
import { newId, writeTransaction } from './transaction';

/** The deadline rules as this organisation has set them: its settings and its bank holiday edits. */
export async function loadDeadlineRules(): Promise<DeadlineRules> {
  const settings = await loadOrganisationSettings();
  return deadlineRulesFrom(settings, await db.bankHolidays.toArray());
}

/**
 * Add a one-off bank holiday (a jubilee, a state funeral), or remove a built-in one for a region; a moved
 * holiday is a removal and an addition.
 */
export async function editBankHoliday(
  fields: Pick<BankHolidayEdit, 'date' | 'region' | 'name' | 'change'>,
): Promise<BankHolidayEdit> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.date)) throw new Error('Choose the day of the bank holiday.');
  if (fields.change === 'added' && !fields.name.trim()) {
    throw new Error('Name the bank holiday, for example “State Funeral of Queen Elizabeth II”.');
  }
  const edit: BankHolidayEdit = { id: newId(), ...fields, name: fields.name.trim() };
  await writeTransaction([db.bankHolidays], async () => {
    const same = await db.bankHolidays
      .where('date')
      .equals(fields.date)
      .filter((other) => other.region === fields.region && other.change === fields.change)
      .first();
    if (same) throw new Error('That change is already recorded for this day.');
    await putRecord(db, 'bankHolidays', edit);
  });
  return edit;
}

/** Take back an edit: the built-in calendar applies again for that day. */
export async function undoBankHolidayEdit(id: string): Promise<void> {
  await writeTransaction([db.bankHolidays], () => deleteRecord(db, 'bankHolidays', id));
}

export async function bankHolidayEdits(region: BankHolidayRegion): Promise<BankHolidayEdit[]> {
  return db.bankHolidays.where('region').equals(region).sortBy('date');
}
