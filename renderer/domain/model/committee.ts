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
