import type { MeetingRecord } from '../../domain/meeting-record';
import type { Attendance, Membership } from '../../domain/model';
import { formatClockTime } from '../../domain/en-gb';
import { houseStyleOf } from '../../domain/house-style';
import { fullName, listInWords, nameOf } from '../common/people';

/**
 * Who was there, as the minutes list them: Present (Chair, Vice-Chair, then members in membership order, each
 * substitute "(substitute for X)"), Also present, Officers, Apologies. Pure text, so the heading layout and the
 * tests read the same lines.
 */
export type AttendanceLines = {
  present: string[];
  alsoPresent: string[];
  officers: string[];
  apologies: string[];
};

const attended = (line: Attendance): boolean => line.status === 'present' || line.status === 'remote';

export function attendanceLines(record: MeetingRecord): AttendanceLines {
  const membershipOf = new Map<string, Membership>(record.memberships.map((m) => [m.personId, m]));
  const entries = membersPresent(record).map((line) => ({
    line,
    notes: memberNotes(record, line, membershipOf.get(line.personId ?? '')),
  }));
  return {
    present: groupCouncillors(record, entries),
    alsoPresent: attendedAs(record, 'alsoPresent').map((line) =>
      withNotes(attendeeName(record, line), timeNotes(line)),
    ),
    officers: attendedAs(record, 'officer').map((line) => {
      const position = line.personId ? record.people[line.personId]?.position : undefined;
      return withNotes(attendeeName(record, line) + (position ? ` (${position})` : ''), timeNotes(line));
    }),
    apologies: apologiesFrom(record).map((line) => attendeeName(record, line)),
  };
}

/**
 * Members present or attending remotely: Chair, Vice-Chair, then membership order, a substitute in the seat of
 * the member they replace.
 */
export function membersPresent(record: MeetingRecord): Attendance[] {
  const membershipOf = new Map<string, Membership>(record.memberships.map((m) => [m.personId, m]));
  const members = record.attendance.filter((line) => line.kind === 'member' && attended(line));
  const rank = (line: Attendance): [number, number, number] => {
    const membership = line.personId ? membershipOf.get(line.personId) : undefined;
    const roleRank = membership?.role === 'chair' ? 0 : membership?.role === 'viceChair' ? 1 : 2;
    // A substitute sits where the member they replace would have been.
    const seat = membershipOf.get(line.substituteForPersonId ?? '') ?? membership;
    return [roleRank, seat?.order ?? Number.MAX_SAFE_INTEGER, line.order];
  };
  return members.sort((a, b) => compareRanks(rank(a), rank(b)));
}

/** Officers and others who attended, in the order they were added to the sheet. */
export function attendedAs(record: MeetingRecord, kind: 'officer' | 'alsoPresent'): Attendance[] {
  return record.attendance.filter((line) => line.kind === kind && attended(line));
}

/** Everyone who sent apologies, in the order of the sheet. */
export function apologiesFrom(record: MeetingRecord): Attendance[] {
  return record.attendance.filter((line) => line.status === 'apologies').sort((a, b) => a.order - b.order);
}

export function attendeeName(record: MeetingRecord, line: Attendance): string {
  const person = line.personId ? record.people[line.personId] : undefined;
  return person ? fullName(person, record) : line.name;
}

function memberNotes(record: MeetingRecord, line: Attendance, membership: Membership | undefined): string[] {
  const notes: string[] = [];
  const style = houseStyleOf(record.organisation, record.committee);
  if (membership?.role === 'chair') notes.push(style.chairTitle);
  if (membership?.role === 'viceChair') notes.push(style.viceChairTitle);
  if (membership?.role === 'coOptedVoting' || membership?.role === 'coOptedNonVoting')
    notes.push('Co-opted Member');
  if (line.substituteForPersonId) notes.push(`substitute for ${nameOf(record, line.substituteForPersonId)}`);
  return [...notes, ...timeNotes(line)];
}

/** Arrivals and departures outside any item; those during an item are noted at its minute instead. */
export function timeNotes(line: Attendance): string[] {
  const notes: string[] = [];
  if (line.status === 'remote') notes.push('attending remotely');
  if (line.arrivedAt && !line.arrivedDuringItemId) notes.push(`from ${formatClockTime(line.arrivedAt)}`);
  if (line.leftAt && !line.leftDuringItemId) notes.push(`until ${formatClockTime(line.leftAt)}`);
  return notes;
}

export function withNotes(name: string, notes: string[]): string {
  return notes.length ? `${name} ${notes.map((note) => `(${note})`).join(' ')}` : name;
}

/** Seed 001's "Councillors Patsy Cummings, Stephen Mann and Vidhi Mohan": plain councillors in a row share one line. */
function groupCouncillors(record: MeetingRecord, entries: { line: Attendance; notes: string[] }[]): string[] {
  const lines: string[] = [];
  let run: string[] = [];
  // Where the house prints names without titles, councillors are named as everyone else is.
  const titled = houseStyleOf(record.organisation, record.committee).memberNames === 'withTitle';
  const flush = (): void => {
    if (run.length === 1) lines.push(`${titled ? 'Councillor ' : ''}${run[0] ?? ''}`);
    if (run.length > 1) lines.push(`${titled ? 'Councillors ' : ''}${listInWords(run)}`);
    run = [];
  };
  for (const { line, notes } of entries) {
    const person = line.personId ? record.people[line.personId] : undefined;
    if (person?.title === 'Councillor' && notes.length === 0) {
      run.push(person.name);
      continue;
    }
    flush();
    lines.push(withNotes(attendeeName(record, line), notes));
  }
  flush();
  return lines;
}

function compareRanks(a: number[], b: number[]): number {
  for (let index = 0; index < a.length; index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
