import type { ClockTime, RecordId, Stored } from './record';

export const attendanceStatuses = {
  present: 'Present',
  apologies: 'Apologies',
  absent: 'Absent',
  remote: 'Attending remotely',
} as const;
export type AttendanceStatus = keyof typeof attendanceStatuses;

export const attendeeKinds = {
  member: 'Member',
  officer: 'Officer',
  alsoPresent: 'Also present',
} as const;
export type AttendeeKind = keyof typeof attendeeKinds;

/**
 * Statutory bars on voting that are not interests: the law, not the code of conduct, stops the member voting on
 * some items. Each says which law and on which items it applies. Others are added here as they are needed.
 */
export const statutoryBars = {
  councilTaxArrears: {
    label: 'Section 106 (council tax arrears)',
    law: 'section 106 of the Local Government Finance Act 1992',
    appliesTo: 'budget and council tax items',
  },
} as const;
export type StatutoryBar = keyof typeof statutoryBars;

/** A member barred by law from voting on one item: recorded as the bar it is, never as an interest. */
export type VotingBar = { agendaItemId: RecordId; bar: StatutoryBar };

export type Attendance = Stored & {
  meetingId: RecordId;
  /** A person on record, or a name typed at the meeting for a visitor. */
  personId?: RecordId;
  name: string;
  kind: AttendeeKind;
  status: AttendanceStatus;
  /** The member this person substitutes for, when they are a substitute. */
  substituteForPersonId?: RecordId;
  arrivedAt?: ClockTime;
  leftAt?: ClockTime;
  /** Arrived or left during this item: the minutes note it there. */
  arrivedDuringItemId?: RecordId;
  leftDuringItemId?: RecordId;
  /** Items this member may not vote on by law (section 106 and the like), in the order recorded. */
  votingBars?: VotingBar[];
  order: number;
};
