import type { MeetingRecord } from '../../domain/meeting-record';
import { houseStyleOf } from '../../domain/house-style';
import type { Attendance } from '../../domain/model';
import { nameOf } from '../common/people';
import {
  apologiesFrom,
  attendanceLines,
  attendedAs,
  attendeeName,
  membersPresent,
  timeNotes,
  withNotes,
} from './attendance-lines';

/**
 * Who attended, in the house's form, as words only: every document that prints attendance (the Word minutes, the
 * agenda and minutes, the published minutes) lays out these same groups, so they cannot say different things.
 * - lists: "Present:", "Also present:", "Officers:", "Apologies:", each with its names (one group per label);
 * - numbered: "(1) Present:" with each member's position and organisation, "(2) The following officers
 *   attended:" with job titles, "(3) Also present:", then "Apologies were received from:", as rows of columns.
 * A group nobody is in is left out and the numbers close up; a column nobody has a value for is left out, so
 * no empty heading or label prints.
 */
export type AttendanceWording =
  | { form: 'lists'; groups: { label: string; names: string[] }[] }
  | { form: 'numbered'; groups: { label: string; rows: string[][] }[] };

/** @example attendanceWording(record).groups[0]?.label // 'Present:' or '(1) Present:' */
export function attendanceWording(record: MeetingRecord): AttendanceWording {
  const style = houseStyleOf(record.organisation, record.committee);
  if (style.attendanceForm === 'numbered') return { form: 'numbered', groups: numberedGroups(record) };
  const lines = attendanceLines(record);
  const groups = [
    { label: 'Present:', names: lines.present },
    { label: 'Also present:', names: lines.alsoPresent },
    { label: 'Officers:', names: lines.officers },
    { label: 'Apologies:', names: lines.apologies },
  ];
  return { form: 'lists', groups: groups.filter((group) => group.names.length > 0) };
}

function numberedGroups(record: MeetingRecord): { label: string; rows: string[][] }[] {
  const groups: [string, string[][]][] = [
    ['Present:', membersPresent(record).map((line) => memberRow(record, line))],
    [
      'The following officers attended:',
      attendedAs(record, 'officer').map((line) => [
        named(record, line),
        personOf(record, line)?.position ?? '',
      ]),
    ],
    [
      'Also present:',
      attendedAs(record, 'alsoPresent').map((line) => [
        named(record, line),
        personOf(record, line)?.position ?? '',
        personOf(record, line)?.group ?? '',
      ]),
    ],
  ];
  const numbered = groups
    .filter(([, rows]) => rows.length > 0)
    .map(([label, rows], index) => ({ label: `(${index + 1}) ${label}`, rows: filledColumns(rows) }));
  const apologies = apologiesFrom(record).map((line) => [attendeeName(record, line)]);
  return apologies.length > 0
    ? [...numbered, { label: 'Apologies were received from:', rows: apologies }]
    : numbered;
}

/** The rows with any column nobody has a value for taken out. */
function filledColumns(rows: string[][]): string[][] {
  const columns = (rows[0] ?? [])
    .map((_, index) => index)
    .filter((index) => rows.some((row) => row[index]?.trim()));
  return rows.map((row) => columns.map((column) => row[column] ?? ''));
}

function personOf(record: MeetingRecord, line: Attendance) {
  return line.personId ? record.people[line.personId] : undefined;
}

function named(record: MeetingRecord, line: Attendance): string {
  return withNotes(attendeeName(record, line), timeNotes(line));
}

/** Name | position on this body (the house's chair title, a substitute's seat) | organisation or group. */
function memberRow(record: MeetingRecord, line: Attendance): string[] {
  const style = houseStyleOf(record.organisation, record.committee);
  const membership = record.memberships.find((candidate) => candidate.personId === line.personId);
  const person = personOf(record, line);
  const position = line.substituteForPersonId
    ? `Substitute for ${nameOf(record, line.substituteForPersonId)}`
    : membership?.role === 'chair'
      ? style.chairTitle
      : membership?.role === 'viceChair'
        ? style.viceChairTitle
        : membership?.role === 'coOptedVoting' || membership?.role === 'coOptedNonVoting'
          ? 'Co-opted Member'
          : person?.position.trim() || 'Member';
  return [named(record, line), position, person?.group.trim() ?? ''];
}
