import type {
  Action,
  AgendaItem,
  AttachedDocument,
  Attendance,
  Committee,
  Declaration,
  Meeting,
  MeetingEvent,
  Membership,
  Minute,
  Motion,
  OrganisationSettings,
  Person,
  RecordId,
  Resolution,
  SignedMinuteChange,
} from './model';

/**
 * Everything about one meeting, read in one go: what document builders and the meeting screens work from.
 * Built by db/read/meeting-record.ts; plain data, so builders stay pure and testable without a database.
 */
export type MeetingRecord = {
  organisation: OrganisationSettings;
  committee: Committee;
  meeting: Meeting;
  memberships: Membership[];
  /** Every person the meeting mentions (members, attendees, movers, owners), by id. */
  people: Record<string, Person>;
  agendaItems: AgendaItem[];
  documents: AttachedDocument[];
  attendance: Attendance[];
  minutes: Minute[];
  resolutions: Resolution[];
  declarations: Declaration[];
  motions: Motion[];
  actions: Action[];
  events: MeetingEvent[];
  /** The meeting whose minutes this one approves, if any: the first its "Minutes" item presents. */
  previousMeeting?: Meeting;
  /**
   * The changes made to this meeting's minutes since they were signed, oldest first: amendments made on approval
   * and corrections with their reasons. The minutes print them as their history.
   */
  signedChanges?: { minuteId: RecordId; change: SignedMinuteChange }[];
};
