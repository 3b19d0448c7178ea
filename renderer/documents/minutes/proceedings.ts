import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { numberAgenda } from '../../domain/agenda-numbering';
import { houseStyleOf } from '../../domain/house-style';
import type { MeetingRecord } from '../../domain/meeting-record';
import type { Minute } from '../../domain/model';
import { proceedingLines, type ProceedingLine, type WordingContext } from '../../domain/proceeding-wording';
import { runningOrder } from '../../domain/running-order';
import { nameOf } from '../common/people';
import { castingVoteHolder } from '../../domain/chair-spells';
import { openingChair } from './chair-lines';
import { bodyParagraph } from '../common/paragraphs';

/** How a meeting's running orders name people and items: shared by every minute of the record. */
export function wordingContextOf(record: MeetingRecord, minuteId: string): WordingContext {
  const numbers = new Map(numberAgenda(record.agendaItems).map((entry) => [entry.item.id, entry.number]));
  return {
    motions: record.motions.filter((motion) => motion.minuteId === minuteId),
    nameOf: (personId) => nameOf(record, personId),
    itemNumberOf: (agendaItemId) => numbers.get(agendaItemId) ?? '',
    style: houseStyleOf(record.organisation, record.committee),
    castingVoterOf: castingVoterIn(record, minuteId),
  };
}

/** Where the chair changed during the meeting, the member presiding at each vote gives its casting vote. */
function castingVoterIn(record: MeetingRecord, minuteId: string): WordingContext['castingVoterOf'] {
  const changed = record.minutes.some((minute) =>
    (minute.proceedings ?? []).some((step) => step.kind === 'chairChange'),
  );
  if (!changed) return undefined;
  const input = { openingChairId: openingChair(record), minutes: record.minutes };
  return (motionId) => castingVoteHolder(input, minuteId, motionId);
}

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
  const context = wordingContextOf(record, minute.id);
  const lines = proceedingLines(runningOrder(minute, context.motions), context);
  const blocks: (Paragraph | Table)[] = [];
  let rows: ProceedingLine[] = [];
  const flush = () => {
    if (rows.length > 0) blocks.push(linesTable(rows));
    rows = [];
  };
  for (const line of lines) {
    if (line.cells) {
      rows.push(line);
      continue;
    }
    flush();
    blocks.push(
      bodyParagraph(line.text, {
        bold: line.bold,
        italics: line.italic,
        indentLevel: line.indent ? 1 : undefined,
        keepNext: keepWithNext && line.text.endsWith(':'),
      }),
    );
  }
  flush();
  return blocks;
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
