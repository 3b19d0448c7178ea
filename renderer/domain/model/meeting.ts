import type { ClockTime, IsoDate, RecordId, Stored } from './record';

export const meetingTypes = {
  ordinary: 'Ordinary',
  extraordinary: 'Extraordinary',
  annual: 'Annual',
} as const;
export type MeetingType = keyof typeof meetingTypes;

export const meetingStatuses = {
  planned: 'Planned',
  agendaPublished: 'Agenda published',
  held: 'Held',
  minutesDrafted: 'Minutes drafted',
  minutesApproved: 'Minutes approved',
  cancelled: 'Cancelled',
} as const;
export type MeetingStatus = keyof typeof meetingStatuses;

export type Meeting = Stored & {
  committeeId: RecordId;
  date: IsoDate;
  startTime: ClockTime;
  venue: string;
  type: MeetingType;
  status: MeetingStatus;
  /** When the agenda was published (ISO date), which fixes the clear-days rules for late items. */
  agendaPublishedOn?: IsoDate;
  /** For a rescheduled meeting, the date it was first planned for. */
  rescheduledFrom?: IsoDate;
  /**
   * Set when the minutes are signed: each person the minutes name, by id, as they printed then. The minutes
   * print these, not the person's name today, so a rename or a merge later leaves the signed record as signed.
   * Dropped when the approval is undone.
   */
  namesAsSigned?: Record<RecordId, NameAsSigned>;
};

/** What the minutes print of a person: their title, name, group and position. */
export type NameAsSigned = { title: string; name: string; group: string; position: string };

/** What happened in the room, stamped with the time: see DOMAIN.md "Events with times". */
export const meetingEventKinds = {
  started: 'Meeting started',
  adjourned: 'Adjourned',
  resumed: 'Resumed',
  orderVaried: 'Order of business varied',
  publicExcluded: 'Press and public excluded',
  publicReadmitted: 'Press and public readmitted',
  closed: 'Meeting closed',
} as const;
export type MeetingEventKind = keyof typeof meetingEventKinds;

export type MeetingEvent = Stored & {
  meetingId: RecordId;
  kind: MeetingEventKind;
  /** Wall-clock time it happened, "18:02". */
  at: ClockTime;
  note: string;
  /** For exclusion of the press and public: the Schedule 12A paragraph (1-7). */
  exemptParagraph?: number;
  agendaItemId?: RecordId;
};
