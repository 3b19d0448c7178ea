import type { Stored } from './record';

export const bankHolidayRegions = {
  englandAndWales: 'England and Wales',
  scotland: 'Scotland',
  northernIreland: 'Northern Ireland',
} as const;
export type BankHolidayRegion = keyof typeof bankHolidayRegions;

/** The organisation's settings: a single record with id "organisation". */
export type OrganisationSettings = Stored & {
  name: string;
  address: string;
  logo?: { name: string; bytes: Uint8Array; mediaType: string };
  contactName: string;
  contactTitle: string;
  contactPhone: string;
  contactEmail: string;
  defaultVenue: string;
  /** Month (1-12) the municipal year starts: May (5) in most councils, April (4) in some. */
  municipalYearStartMonth: 4 | 5;
  bankHolidayRegion: BankHolidayRegion;
  saturdaysAreClearDays: boolean;
  /** Officers' reports are due this many working days before the agenda is published. */
  reportDeadlineWorkingDays: number;
  /** Days a decision waits after the decision notice before it can be implemented. */
  callInWorkingDays: number;
  /** Clear days' notice of a meeting: 5 in England (LGA 1972 s100A), 3 in Wales. */
  noticeClearDays: number;
};

export const organisationSettingsId = 'organisation';
