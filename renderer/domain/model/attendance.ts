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
  order: number;
};
