import { db } from '../database';
import { putRecord } from '../gate';
import { organisationSettingsId, type OrganisationSettings } from '../../domain/model';
import { contrastRatio, hexColourPattern, minimumTextContrast } from '../../domain/colour-contrast';
import { reportCoverProblem } from '../../domain/report-cover';
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
  callInWorkingDays: 5,
  noticeClearDays: 5,
  declarationForm: 'sentences',
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

/** What is wrong with the settings, field by field, in words the clerk can act on. */
export function settingsProblems(
  settings: Partial<OrganisationSettings>,
): Partial<Record<keyof OrganisationSettings, string>> {
  const problems: Partial<Record<keyof OrganisationSettings, string>> = {};
  const wholeDays = (value: number | undefined, max: number) =>
    value === undefined || (Number.isInteger(value) && value >= 0 && value <= max);
  if (settings.name !== undefined && !settings.name.trim()) {
    problems.name = 'Type the organisation’s name as it appears on its papers.';
  }
  if (settings.contactEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(settings.contactEmail.trim())) {
    problems.contactEmail = 'Type an email address like democratic.services@example.gov.uk.';
  }
  if (!wholeDays(settings.reportDeadlineWorkingDays, 60)) {
    problems.reportDeadlineWorkingDays = 'Type a whole number of working days from 0 to 60.';
  }
  if (!wholeDays(settings.callInWorkingDays, 30)) {
    problems.callInWorkingDays = 'Type a whole number of working days from 0 to 30.';
  }
  if (!wholeDays(settings.noticeClearDays, 30) || settings.noticeClearDays === 0) {
    problems.noticeClearDays = 'Type a whole number of clear days from 1 to 30 (5 in England, 3 in Wales).';
  }
  const cover = reportCoverProblem(settings.reportCover);
  if (cover) problems.reportCover = cover;
  const colours = settings.websiteColours;
  if (colours) {
    const bad = Object.values(colours).find((colour) => !hexColourPattern.test(colour));
    if (bad !== undefined) {
      problems.websiteColours = `“${bad}” is not a colour: type it as # and six digits or letters a to f, like #1d3557.`;
    } else if (contrastRatio(colours.masthead, colours.mastheadText) < minimumTextContrast) {
      problems.websiteColours = `The masthead’s text does not stand out from the masthead (contrast ${contrastRatio(colours.masthead, colours.mastheadText).toFixed(1)}:1; it needs 4.5:1). Make one darker or the other lighter.`;
    } else if (contrastRatio(colours.accent, '#ffffff') < minimumTextContrast) {
      problems.websiteColours = `Links and headings in that colour are too pale to read on white (contrast ${contrastRatio(colours.accent, '#ffffff').toFixed(1)}:1; it needs 4.5:1). Choose a darker one.`;
    }
  }
  for (const field of ['exemptPageHeader', 'withheldPaperLine'] as const) {
    const wording = settings[field]?.trim();
    if (wording && !wording.includes('{paragraph}')) {
      problems[field] =
        'Put {paragraph} where the Schedule 12A paragraph goes: an exempt marking must say which paragraph applies.';
    }
  }
  return problems;
}

/** Save settings after checking them: nothing is stored if any field is wrong. */
export async function saveCheckedOrganisationSettings(
  changes: Partial<Omit<OrganisationSettings, 'id'>>,
): Promise<void> {
  const problem = Object.values(settingsProblems(changes))[0];
  if (problem) throw new Error(problem);
  await saveOrganisationSettings(changes);
}
