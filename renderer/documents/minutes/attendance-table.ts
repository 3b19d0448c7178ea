import { BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import { houseStyleOf } from '../../domain/house-style';
import type { Attendance } from '../../domain/model';
import { leadIn } from '../common/paragraphs';
import { nameOf } from '../common/people';
import {
  apologiesFrom,
  attendedAs,
  attendeeName,
  membersPresent,
  timeNotes,
  withNotes,
} from './attendance-lines';

/** One row of a numbered attendance group: the name (with any time notes), then the columns the house prints. */
type Row = string[];

/**
 * Attendance in the numbered form many councils print: "(1) Present:" with each member's position and
 * organisation, "(2) The following officers attended:" with each officer's job title (their position on the
 * people record), "(3) Also present:", then "Apologies were received from:". A group nobody is in is left out
 * and the numbers close up; a column nobody has a value for is left out, so no empty heading or label prints.
 *
 * @example numberedAttendance(record) // [Paragraph '(1) Present:', Table, Paragraph '(2) The following officers attended:', Table]
 */
export function numberedAttendance(record: MeetingRecord): (Paragraph | Table)[] {
  const groups: [string, Row[]][] = [
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
  const blocks: (Paragraph | Table)[] = [];
  let number = 0;
  for (const [label, rows] of groups) {
    if (rows.length === 0) continue;
    number += 1;
    blocks.push(leadIn(`(${number}) ${label}`), attendanceTable(rows));
  }
  const apologies = apologiesFrom(record).map((line) => [attendeeName(record, line)]);
  if (apologies.length > 0) blocks.push(leadIn('Apologies were received from:'), attendanceTable(apologies));
  return blocks;
}

function personOf(record: MeetingRecord, line: Attendance) {
  return line.personId ? record.people[line.personId] : undefined;
}

function named(record: MeetingRecord, line: Attendance): string {
  return withNotes(attendeeName(record, line), timeNotes(line));
}

/** Name | position on this body (the house's chair title, a substitute's seat) | organisation or group. */
function memberRow(record: MeetingRecord, line: Attendance): Row {
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

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const pageWidth = 9000;

/** The rows as a borderless table, indented under the group's label; empty columns are dropped. */
function attendanceTable(rows: Row[]): Table {
  const columns = (rows[0] ?? [])
    .map((_, index) => index)
    .filter((index) => rows.some((row) => row[index]?.trim()));
  const widths = columns.map((_, index) =>
    index === 0
      ? Math.round(pageWidth * (columns.length === 1 ? 1 : 0.45))
      : Math.round((pageWidth * 0.55) / (columns.length - 1)),
  );
  return new Table({
    width: { size: pageWidth, type: WidthType.DXA },
    columnWidths: widths,
    indent: { size: 360, type: WidthType.DXA },
    borders: {
      top: none,
      bottom: none,
      left: none,
      right: none,
      insideHorizontal: none,
      insideVertical: none,
    },
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: columns.map(
            (column, index) =>
              new TableCell({
                width: { size: widths[index] ?? 0, type: WidthType.DXA },
                margins: { top: 20, bottom: 20, left: 100, right: 100 },
                children: [new Paragraph({ children: [new TextRun(row[column] ?? '')] })],
              }),
          ),
        }),
    ),
  });
}
