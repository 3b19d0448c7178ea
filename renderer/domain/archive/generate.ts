import type { IsoDate, OrganisationSettings, Person } from '../model';
import { municipalYearOf } from '../municipal-year';
import { emptyBatch, type ArchiveBatch } from './batch';
import { committeeYear, type CommitteeHistory } from './committee-year';
import { castOfPeople, committeeRecords, membershipsOf } from './people';
import { seededRandom } from './random';
import { councilName } from './vocabulary';

export type ArchiveOptions = {
  seed: number;
  committees: number;
  /** Municipal years, ending with the one `today` falls in. */
  years: number;
  meetingsPerYear: number;
  /** Meetings up to this date were held and minuted; later ones are planned. */
  today: IsoDate;
  /** Average weight of the scanned part of each report: 8,000 bytes gives the full archive ~200 MB of papers. */
  documentPaddingBytes: number;
};

/** The full archive of the issue: 25 committees, 12 years, ~3,000 meetings, ~45,000 agenda items, ~200 MB. */
export const fullArchive = {
  seed: 2025,
  committees: 25,
  years: 12,
  meetingsPerYear: 10,
  documentPaddingBytes: 8000,
} as const satisfies Omit<ArchiveOptions, 'today'>;

/** A small archive with the same shape, for end-to-end tests: 2 committees, 2 years. */
export const smallArchive = {
  seed: 2025,
  committees: 2,
  years: 2,
  meetingsPerYear: 10,
  documentPaddingBytes: 2000,
} as const satisfies Omit<ArchiveOptions, 'today'>;

const startMonth = 5;

/**
 * A realistic, entirely fictional archive for Brackenmoor District Council, produced as batches (the people and
 * committees first, then one committee's municipal year at a time) so it can be stored without holding 200 MB
 * in memory. The same options always give the same records, ids included.
 *
 * @example for (const batch of generateArchive({ ...smallArchive, today: '2025-03-01' })) await store(batch);
 */
export function* generateArchive(options: ArchiveOptions): Generator<ArchiveBatch> {
  const random = seededRandom(options.seed);
  const lastYear = municipalYearOf(options.today, startMonth);
  const firstYear = lastYear - options.years + 1;
  const cast = castOfPeople(random, Math.max(30, options.committees * 7));
  const people = new Map<string, Person>();
  for (const person of [...cast.councillors, ...cast.officers]) people.set(person.id, person);
  const committees = committeeRecords(random, options.committees);
  const histories: CommitteeHistory[] = committees.map((committee, index) => ({
    committee,
    memberships: membershipsOf(random, committee, cast.councillors, firstYear, options.years, startMonth),
    nextMinuteNumber: 1,
    weekOfMonth: index % 3,
  }));
  const opening = emptyBatch();
  opening.settings.push(organisation());
  opening.people.push(...people.values());
  opening.committees.push(...committees);
  opening.memberships.push(...histories.flatMap((history) => history.memberships));
  yield opening;
  for (const [index, history] of histories.entries()) {
    for (let year = firstYear; year <= lastYear; year += 1) {
      yield committeeYear({
        random,
        history,
        officers: cast.officers,
        people,
        startYear: year,
        startMonth,
        meetingsPerYear: options.meetingsPerYear,
        today: options.today,
        documentPaddingBytes: options.documentPaddingBytes,
        plantLandmarks: index === 0 && year === firstYear,
      });
    }
  }
}

function organisation(): OrganisationSettings {
  return {
    id: 'organisation',
    name: councilName,
    address: 'Brackenmoor Civic Centre, Market Street, Brackenmoor',
    contactName: 'Democratic Services',
    contactTitle: 'Democratic Services Officer',
    contactPhone: '01632 960000',
    contactEmail: 'democratic.services@brackenmoor.example',
    defaultVenue: 'Committee Room 1, Brackenmoor Civic Centre',
    municipalYearStartMonth: startMonth,
    bankHolidayRegion: 'englandAndWales',
    saturdaysAreClearDays: false,
    reportDeadlineWorkingDays: 5,
    callInWorkingDays: 3,
    noticeClearDays: 5,
  };
}
