import type { StoredHouseStyle } from '../house-style';
import type { ClockTime, IsoDate, RecordId, Stored } from './record';

export const committeeTypes = {
  committee: 'Committee',
  subCommittee: 'Sub-committee',
  board: 'Board',
  panel: 'Panel',
  informalBriefing: 'Informal briefing',
} as const;
export type CommitteeType = keyof typeof committeeTypes;

/** How minute numbers run: see DOMAIN.md "Minute numbering schemes". */
export const minuteNumberingSchemes = {
  continuous: 'Continuous across meetings (101., 102.)',
  perMunicipalYear: 'Through the municipal year (9/18, 10/18)',
  perAgendaItem: 'Agenda item numbers',
} as const;
export type MinuteNumberingScheme = keyof typeof minuteNumberingSchemes;

/** The year printed after a minute's number, for councils whose numbers do not carry one already. */
export const minuteYearForms = {
  none: 'No year',
  slashYY: 'The municipal year as /YY (654/26)',
} as const;
export type MinuteYearForm = keyof typeof minuteYearForms;

/**
 * How a minute number is printed: the stored number is the running count ("654"), which numbering and
 * renumbering work on; the house form ("CAB/0654/26.") is applied only when it is shown or printed.
 */
export type MinuteNumberFormat = {
  /** Printed before the number, e.g. "CAB/" or "Min. " (often blank). */
  prefix: string;
  /** Printed after the number (and year), e.g. "." (often blank). */
  suffix: string;
  /** Fixed width with leading zeros: 4 prints 654 as 0654; 0 prints the number as it is. */
  width: number;
  yearForm: MinuteYearForm;
  /** Print "(Agenda item 5)" under a minute whose number differs from its agenda number. */
  agendaNumberBeside: boolean;
  /** How a numbered list the clerk types in a minute prints; unset is 'list' (1., 2.). */
  paragraphNumbers?: MinuteParagraphNumbers;
};

/** Numbered paragraphs within one minute: a plain list, sub-numbers of the minute (2.1, 2.2), or letters. */
export const minuteParagraphNumbers = {
  list: 'A numbered list (1., 2.)',
  subNumbered: 'Sub-numbers of the minute (2.1, 2.2)',
  lettered: 'Lettered paragraphs ((a), (b))',
} as const;
export type MinuteParagraphNumbers = keyof typeof minuteParagraphNumbers;

export type StandingItem = {
  title: string;
  description: string;
  kind: StandingItemKind;
};

export const standingItemKinds = [
  'apologies',
  'substitutes',
  'declarations',
  'previousMinutes',
  'actionList',
  'publicQuestions',
  'urgentBusiness',
  'exclusion',
  'nextMeeting',
  'other',
] as const;
export type StandingItemKind = (typeof standingItemKinds)[number];

export type Committee = Stored & {
  name: string;
  shortName: string;
  type: CommitteeType;
  parentId?: RecordId;
  quorum: number;
  contactOfficerId?: RecordId;
  defaultVenue: string;
  defaultStartTime: ClockTime;
  minuteNumbering: MinuteNumberingScheme;
  /** For continuous numbering: the number the first minute of the next meeting takes when none exist yet. */
  firstMinuteNumber: number;
  standingItems: StandingItem[];
  /** Whether members may attend remotely and be counted. */
  allowsRemoteAttendance: boolean;
  /** The house form of printed minute numbers; unset prints "101." and "9/18" as before. */
  minuteNumberFormat?: MinuteNumberFormat;
  /** The committee's own house style where it differs from the organisation's (a Mayor, notes not minutes). */
  houseStyle?: StoredHouseStyle;
};

export const membershipRoles = {
  chair: 'Chair',
  viceChair: 'Vice-Chair',
  member: 'Member',
  substitute: 'Substitute',
  coOptedVoting: 'Co-opted (voting)',
  coOptedNonVoting: 'Co-opted (non-voting)',
  adviser: 'Adviser / Officer',
} as const;
export type MembershipRole = keyof typeof membershipRoles;

export type Membership = Stored & {
  committeeId: RecordId;
  personId: RecordId;
  role: MembershipRole;
  from?: IsoDate;
  to?: IsoDate;
  /** Position in the printed membership list: lower first. */
  order: number;
};
