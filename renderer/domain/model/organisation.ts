import type { StoredHouseStyle } from '../house-style';
import type { ReportCoverSections } from '../report-cover';
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
  /** Declarations of interest as sentences (the default when unset) or a table. */
  declarationForm?: DeclarationForm;
  /**
   * The council's own headings for the four columns of the declarations table, in the order Name, Minute,
   * Reason (the nature), Interest (the kind and what the member did); unset or blank ones use the defaults.
   */
  declarationColumns?: string[];
  /**
   * The council's words, in place of "declared", for a declaration a member made before the meeting they did not
   * attend ("Councillor X declared in advance of the meeting a disclosable pecuniary interest in ..."); unset or
   * blank: "declared in advance of the meeting" (domain/declared-in-advance.ts).
   */
  declaredInAdvanceWords?: string;
  /**
   * The council's own wording for exempt markings (domain/exempt-wording.ts): the private pack's front sheet, the
   * header on each exempt page ({paragraph}), and the line a public pack prints where an exempt paper stood
   * ({paper}, {item}, {paragraph}). Unset or blank: Chamber's defaults.
   */
  exemptFrontSheet?: string;
  exemptPageHeader?: string;
  withheldPaperLine?: string;
  /**
   * The council's colours on its published pages (#rrggbb): the masthead, the masthead's text, and links and
   * headings on white. Unset: Chamber's navy.
   */
  websiteColours?: WebsiteColours;
  /** How the council writes its minutes and agendas (domain/house-style.ts); unset choices take the defaults. */
  houseStyle?: StoredHouseStyle;
  /** The council's own report cover: rows, implications and clearances (domain/report-cover.ts); unset: seed 000's. */
  reportCover?: ReportCoverSections;
};

export type WebsiteColours = { masthead: string; mastheadText: string; accent: string };

/** How the house prints declarations of interest: a sentence each, or one table. */
export const declarationForms = {
  sentences: 'Sentences',
  table: 'A table',
} as const;
export type DeclarationForm = keyof typeof declarationForms;

/** The columns of the declarations table when the council has not chosen its own headings. */
export const defaultDeclarationColumns = ['Name', 'Minute', 'Reason', 'Interest'] as const;

export const organisationSettingsId = 'organisation';
