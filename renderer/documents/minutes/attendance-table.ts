import { BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import { leadIn } from '../common/paragraphs';
import { attendanceWording } from './attendance-wording';

/**
 * Attendance in the numbered form many councils print (attendance-wording.ts decides the words): each group's
 * label, "(1) Present:", then its rows as a borderless table indented under it.
 *
 * @example numberedAttendance(record) // [Paragraph '(1) Present:', Table, Paragraph '(2) The following officers attended:', Table]
 */
export function numberedAttendance(record: MeetingRecord): (Paragraph | Table)[] {
  const wording = attendanceWording(record);
  if (wording.form !== 'numbered') return [];
  return wording.groups.flatMap((group) => [leadIn(group.label), attendanceTable(group.rows)]);
}

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const pageWidth = 9000;

/** The rows as a borderless table: the name column wide, the rest sharing what is left. */
export function attendanceTable(rows: string[][]): Table {
  const columns = rows[0]?.length ?? 1;
  const widths = Array.from({ length: columns }, (_, index) =>
    index === 0
      ? Math.round(pageWidth * (columns === 1 ? 1 : 0.45))
      : Math.round((pageWidth * 0.55) / (columns - 1)),
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
          children: widths.map(
            (width, column) =>
              new TableCell({
                width: { size: width, type: WidthType.DXA },
                margins: { top: 20, bottom: 20, left: 100, right: 100 },
                children: [new Paragraph({ children: [new TextRun(row[column] ?? '')] })],
              }),
          ),
        }),
    ),
  });
}
