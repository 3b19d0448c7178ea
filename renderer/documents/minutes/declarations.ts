import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import { bodyParagraph } from '../common/paragraphs';
import { declarationsWording, type DeclarationsWording } from './declaration-wording';
import { agendaItemOf, oncePerBuild } from '../common/record-lookups';

export { declarationSentence, itemReference } from './declaration-wording';

/**
 * Declarations are printed once: all together under the "Declarations of Interest" minute when the meeting
 * has one, otherwise at the item each is in. A Part B item's declarations also print at the item in the
 * confidential minutes, since those are read without the public minutes' list beside them.
 */
export function declarationsAtItem(record: MeetingRecord, agendaItemId: string): (Paragraph | Table)[] {
  const item = agendaItemOf(record, agendaItemId);
  if (hasDeclarationsMinute(record) && item?.part !== 'B') return [];
  const declarations = record.declarations.filter((declaration) => declaration.agendaItemId === agendaItemId);
  return declarationBlocks(declarationsWording(record, declarations, { inPublic: item?.part !== 'B' }));
}

/** Under the "Declarations of Interest" standing item: every declaration of the meeting, in the order declared. */
export function allDeclarations(record: MeetingRecord): (Paragraph | Table)[] {
  return declarationBlocks(declarationsWording(record, record.declarations, { byReference: true }));
}

export function hasDeclarationsMinute(record: MeetingRecord): boolean {
  return oncePerBuild(record, 'has a declarations minute', () =>
    record.minutes.some(
      (minute) => agendaItemOf(record, minute.agendaItemId)?.standingKind === 'declarations',
    ),
  );
}

const widths = [2400, 2000, 2800, 2400];

/** Sentences as paragraphs; the house's table with its heading row repeated on each page it runs onto. */
function declarationBlocks(wording: DeclarationsWording): (Paragraph | Table)[] {
  if (wording.form === 'sentences') return wording.sentences.map((sentence) => bodyParagraph(sentence));
  if (wording.rows.length === 0) return [];
  const cell = (text: string, index: number, bold = false): TableCell =>
    new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
    });
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: widths,
      rows: [
        new TableRow({
          tableHeader: true,
          children: wording.headings.map((text, index) => cell(text, index, true)),
        }),
        ...wording.rows.map(
          (row) => new TableRow({ cantSplit: true, children: row.map((text, index) => cell(text, index)) }),
        ),
      ],
    }),
  ];
}
