import type { MeetingRecord } from '../../domain/meeting-record';
import { inOrderDeclared } from '../../domain/declaration-order';
import { declarationConduct, declarationKinds, defaultDeclarationColumns } from '../../domain/model';
import type { Declaration } from '../../domain/model';
import { partBItemOf } from '../../domain/exempt-papers';
import { declaredInAdvance, declaredInAdvanceWords } from '../../domain/declared-in-advance';
import { nameOf } from '../common/people';
import { printedMinuteNumber } from './minute-heading';
import { agendaEntryOf } from '../common/record-lookups';

/**
 * Declarations of interest in the house's form, as words only: sentences, or a table (Name | Minute | Reason |
 * Interest, or the council's own headings). The Word minutes, the agenda and minutes and the published minutes
 * all print these, in the order declared, so they cannot differ.
 */
export type DeclarationsWording =
  { form: 'sentences'; sentences: string[] } | { form: 'table'; headings: string[]; rows: string[][] };

export type DeclarationsWordingOptions = {
  /** Name each declaration's item by its numbers ("item 5, minute 205, ..."): under the declarations minute. */
  byReference?: boolean;
  /** Public minutes leave out what a member said about a Part B item (default); confidential minutes print it. */
  inPublic?: boolean;
};

/** @example declarationsWording(record, record.declarations, { byReference: true }) */
export function declarationsWording(
  record: MeetingRecord,
  declarations: readonly Declaration[],
  options: DeclarationsWordingOptions = {},
): DeclarationsWording {
  const inPublic = options.inPublic ?? true;
  const ordered = inOrderDeclared(declarations);
  if (record.organisation.declarationForm === 'table') {
    const own = record.organisation.declarationColumns ?? [];
    return {
      form: 'table',
      headings: defaultDeclarationColumns.map((heading, index) => own[index]?.trim() || heading),
      rows: ordered.map((declaration) => [
        nameOf(record, declaration.personId),
        minuteCell(record, declaration.agendaItemId),
        natureInPublic(record, declaration, inPublic),
        `${declarationKinds[declaration.kind]}: ${interestDone(record, declaration)}`,
      ]),
    };
  }
  return {
    form: 'sentences',
    sentences: ordered.map((declaration) =>
      declarationSentence(
        record,
        declaration,
        options.byReference ? itemReference(record, declaration.agendaItemId) : 'this item',
        inPublic,
      ),
    ),
  };
}

/** Whether there is nothing to print. */
export function noDeclarations(wording: DeclarationsWording): boolean {
  return wording.form === 'table' ? wording.rows.length === 0 : wording.sentences.length === 0;
}

const conductWords: Record<keyof typeof declarationConduct, string> = {
  leftRoom: 'left the room and took no part in the discussion or vote',
  didNotVote: 'remained in the room but did not vote',
  dispensation: 'held a dispensation and took part in the discussion and vote',
  remained: 'remained and took part in the discussion and vote',
};

/**
 * "Councillor Jane Smith declared a disclosable pecuniary interest in this item (she owns land next to the site)
 * and left the room and took no part in the discussion or vote." A member who declared in advance of a meeting
 * they did not attend: "Councillor Rosa Ferreira declared in advance of the meeting a disclosable pecuniary
 * interest in this item (she owns a shop in Abbey ward).", in the house's words, and nothing of a room they were
 * never in.
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
  const name = nameOf(record, declaration.personId);
  if (inAdvance(record, declaration)) {
    return `${name} ${declaredInAdvanceWords(record.organisation)} ${article} ${kind} in ${itemWords}${nature}.`;
  }
  return `${name} declared ${article} ${kind} in ${itemWords}${nature} and ${conductWords[declaration.conduct]}.`;
}

function inAdvance(record: MeetingRecord, declaration: Declaration): boolean {
  return declaredInAdvance(declaration, record.attendance);
}

/** The table's Interest column after the kind: what the member did, or that they declared in advance. */
function interestDone(record: MeetingRecord, declaration: Declaration): string {
  return inAdvance(record, declaration)
    ? declaredInAdvanceWords(record.organisation)
    : declarationConduct[declaration.conduct].toLowerCase();
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
  const numbered = agendaEntryOf(record, agendaItemId);
  if (!numbered) return 'an item';
  const minute = record.minutes.find((candidate) => candidate.agendaItemId === agendaItemId);
  const numbers = minute
    ? `item ${numbered.number}, minute ${minuteWithoutStop(record, minute.number)}`
    : `item ${numbered.number}`;
  return numbered.item.part === 'B' ? `${numbers}, an item in Part B` : `${numbers}, ${numbered.item.title}`;
}

/** The table's Minute column: "206 (item 5)", the title left to the minute itself. */
function minuteCell(record: MeetingRecord, agendaItemId: string): string {
  const numbered = agendaEntryOf(record, agendaItemId);
  const minute = record.minutes.find((candidate) => candidate.agendaItemId === agendaItemId);
  if (!numbered) return minute ? minuteWithoutStop(record, minute.number) : '';
  return minute
    ? `${minuteWithoutStop(record, minute.number)} (item ${numbered.number})`
    : `Item ${numbered.number}`;
}

function minuteWithoutStop(record: MeetingRecord, number: string): string {
  return printedMinuteNumber(number, record).replace(/\.$/, '');
}
