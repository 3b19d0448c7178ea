import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import type { Minute } from '../../domain/model';
import { proceedingBlocks, type ProceedingLine } from '../../domain/proceeding-wording';
import { bodyParagraph } from '../common/paragraphs';
import { minuteProceedingLines } from './proceeding-lines';

/**
 * A minute's running order as it happened: motions and amendments where they were moved, each vote where it
 * was taken, points of order, nominations, paragraphs written between them (domain/proceeding-wording.ts).
 * A line introducing names or counts is kept with the next, so a recorded vote is not split from its heading;
 * rows of cells (a recorded vote as the house tabulates it) print as one table.
 */
export function proceedingParagraphs(
  record: MeetingRecord,
  minute: Minute,
  keepWithNext = true,
): (Paragraph | Table)[] {
  return proceedingBlocks(minuteProceedingLines(record, minute)).map((block) =>
    'rows' in block
      ? linesTable(block.rows)
      : bodyParagraph(block.line.text, {
          bold: block.line.bold,
          italics: block.line.italic,
          indentLevel: block.line.indent ? 1 : undefined,
          keepNext: keepWithNext && block.line.text.endsWith(':'),
        }),
  );
}

const columnWidth = 3600;

/** Name | Vote: the first row is the heading, repeated on each page the table runs onto. */
function linesTable(rows: ProceedingLine[]): Table {
  const cell = (text: string, bold: boolean): TableCell =>
    new TableCell({
      width: { size: columnWidth, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
    });
  const columns = rows[0]?.cells?.length ?? 1;
  return new Table({
    width: { size: columnWidth * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => columnWidth),
    rows: rows.map(
      (row, index) =>
        new TableRow({
          tableHeader: index === 0,
          cantSplit: true,
          children: (row.cells ?? []).map((text) => cell(text, index === 0 || Boolean(row.bold))),
        }),
    ),
  });
}
