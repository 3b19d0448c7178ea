import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import { inOrderDeclared } from '../../domain/declaration-order';
import { numberAgenda } from '../../domain/agenda-numbering';
import { declarationConduct, declarationKinds, defaultDeclarationColumns } from '../../domain/model';
import type { Declaration } from '../../domain/model';
import { nameOf } from '../common/people';
import { bodyParagraph } from '../common/paragraphs';
import { printedMinuteNumber } from './minute-heading';
import { partBItemOf } from '../../domain/exempt-papers';

const conductWords: Record<keyof typeof declarationConduct, string> = {
  leftRoom: 'left the room and took no part in the discussion or vote',
  didNotVote: 'remained in the room but did not vote',
  dispensation: 'held a dispensation and took part in the discussion and vote',
  remained: 'remained and took part in the discussion and vote',
};

/**
 * "Councillor Jane Smith declared a disclosable pecuniary interest in this item (she owns land next to the site)
 * and left the room and took no part in the discussion or vote."
 */
export function declarationSentence(
  record: MeetingRecord,
  declaration: Declaration,
  itemWords = 'this item',
  inPublic = true,
): string {
  const kind = declarationKinds[declaration.kind].toLowerCase();
  const article = /^[aeiou]/.test(kind) ? 'an' : 'a';
  const said = natureInPublic(record, declaration, inPublic);
  const nature = said ? ` (${said.replace(/\.$/, '')})` : '';
  return `${nameOf(record, declaration.personId)} declared ${article} ${kind} in ${itemWords}${nature} and ${conductWords[declaration.conduct]}.`;
}

/**
 * The nature of an interest as the public minutes may print it: none for an item taken in Part B, since what a
 * member declares about exempt business can describe it (the confidential minutes print it at the item).
 */
function natureInPublic(record: MeetingRecord, declaration: Declaration, inPublic = true): string {
  if (inPublic && partBItemOf(declaration.agendaItemId, record.agendaItems)) return '';
  return declaration.nature.trim();
}

/**
 * Which item a declaration is in, as the minutes refer to it: by agenda number and minute number ("item 5,
 * minute 205"), then the title. A Part B title stays out ("an item in Part B"), so public minutes keep it
 * confidential.
 */
export function itemReference(record: MeetingRecord, agendaItemId: string): string {
  const numbered = numberAgenda(record.agendaItems).find((entry) => entry.item.id === agendaItemId);
  if (!numbered) return 'an item';
  const minute = record.minutes.find((candidate) => candidate.agendaItemId === agendaItemId);
  const numbers = minute
    ? `item ${numbered.number}, minute ${minuteWithoutStop(record, minute.number)}`
    : `item ${numbered.number}`;
  return numbered.item.part === 'B' ? `${numbers}, an item in Part B` : `${numbers}, ${numbered.item.title}`;
}

/** The table's Minute column: "206 (item 5)", the title left to the minute itself. */
function minuteCell(record: MeetingRecord, agendaItemId: string): string {
  const numbered = numberAgenda(record.agendaItems).find((entry) => entry.item.id === agendaItemId);
  const minute = record.minutes.find((candidate) => candidate.agendaItemId === agendaItemId);
  if (!numbered) return minute ? minuteWithoutStop(record, minute.number) : '';
  return minute
    ? `${minuteWithoutStop(record, minute.number)} (item ${numbered.number})`
    : `Item ${numbered.number}`;
}

function minuteWithoutStop(record: MeetingRecord, number: string): string {
  return printedMinuteNumber(number, record).replace(/\.$/, '');
}

/**
 * Declarations are printed once: all together under the "Declarations of Interest" minute when the meeting
 * has one, otherwise at the item each is in. A Part B item's declarations also print at the item in the
 * confidential minutes, since those are read without the public minutes' list beside them.
 */
export function declarationsAtItem(record: MeetingRecord, agendaItemId: string): (Paragraph | Table)[] {
  const item = record.agendaItems.find((candidate) => candidate.id === agendaItemId);
  if (hasDeclarationsMinute(record) && item?.part !== 'B') return [];
  const declarations = record.declarations.filter((declaration) => declaration.agendaItemId === agendaItemId);
  if (record.organisation.declarationForm === 'table')
    return declarationsTable(record, declarations, item?.part !== 'B');
  return inOrderDeclared(declarations).map((declaration) =>
    bodyParagraph(declarationSentence(record, declaration, 'this item', item?.part !== 'B')),
  );
}

/** Under the "Declarations of Interest" standing item: every declaration of the meeting, in the order declared. */
export function allDeclarations(record: MeetingRecord): (Paragraph | Table)[] {
  if (record.organisation.declarationForm === 'table') return declarationsTable(record, record.declarations);
  return inOrderDeclared(record.declarations).map((declaration) =>
    bodyParagraph(declarationSentence(record, declaration, itemReference(record, declaration.agendaItemId))),
  );
}

function hasDeclarationsMinute(record: MeetingRecord): boolean {
  return record.minutes.some(
    (minute) =>
      record.agendaItems.find((item) => item.id === minute.agendaItemId)?.standingKind === 'declarations',
  );
}

/** The house's table: Name | Minute | Reason | Interest, or the council's own headings for those columns. */
function declarationsTable(
  record: MeetingRecord,
  declarations: readonly Declaration[],
  inPublic = true,
): Table[] {
  if (declarations.length === 0) return [];
  const own = record.organisation.declarationColumns ?? [];
  const headings = defaultDeclarationColumns.map((heading, index) => own[index]?.trim() || heading);
  const widths = [2400, 2000, 2800, 2400];
  const cell = (text: string, index: number, bold = false): TableCell =>
    new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
    });
  const row = (declaration: Declaration): string[] => [
    nameOf(record, declaration.personId),
    minuteCell(record, declaration.agendaItemId),
    natureInPublic(record, declaration, inPublic),
    `${declarationKinds[declaration.kind]}: ${declarationConduct[declaration.conduct].toLowerCase()}`,
  ];
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: widths,
      rows: [
        new TableRow({ tableHeader: true, children: headings.map((text, index) => cell(text, index, true)) }),
        ...inOrderDeclared(declarations).map(
          (declaration) =>
            new TableRow({
              cantSplit: true,
              children: row(declaration).map((text, index) => cell(text, index)),
            }),
        ),
      ],
    }),
  ];
}
