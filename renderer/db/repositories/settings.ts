import { db } from '../database';
import { putRecord } from '../gate';
import { organisationSettingsId, type OrganisationSettings } from '../../domain/model';
import { writeTransaction } from './transaction';

export const defaultOrganisationSettings: OrganisationSettings = {
  id: organisationSettingsId,
  name: '',
  address: '',
  contactName: '',
  contactTitle: 'Democratic Services Officer',
  contactPhone: '',
  contactEmail: '',
  defaultVenue: '',
  municipalYearStartMonth: 5,
  bankHolidayRegion: 'englandAndWales',
  saturdaysAreClearDays: false,
  reportDeadlineWorkingDays: 5,
  callInWorkingDays: 3,
  noticeClearDays: 5,
};

/** The organisation's settings, or the defaults before the clerk has saved any. */
export async function loadOrganisationSettings(): Promise<OrganisationSettings> {
  const stored = await db.settings.get(organisationSettingsId);
  return { ...defaultOrganisationSettings, ...stored };
}

export async function saveOrganisationSettings(
  changes: Partial<Omit<OrganisationSettings, 'id'>>,
): Promise<void> {
  await writeTransaction([db.settings], async () => {
    const current = await loadOrganisationSettings();
    await putRecord(db, 'settings', { ...current, ...changes, id: organisationSettingsId });
  });
}
