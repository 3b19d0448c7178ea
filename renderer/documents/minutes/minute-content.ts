import type { Paragraph, Table } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import type { Action, Minute } from '../../domain/model';
import { formatShortDate } from '../../domain/en-gb';
import { nameOf } from '../common/people';
import { bodyParagraph, leadIn, markedParagraph, romanNumeral } from '../common/paragraphs';
import { resolutionParagraphs } from '../common/resolution';
import type { RichTextContext } from '../common/rich-text-paragraphs';
import { allDeclarations, declarationsAtItem } from './declarations';
import { numberMinuteParagraphs } from '../../domain/minute-paragraph-numbers';
import { printedMinuteNumber } from './minute-heading';
import { minuteTextBlocks } from './minute-text';
import { proceedingParagraphs } from './proceedings';
import { votingBarsAtItem } from './voting-bars';
import { minuteNotes } from './minute-notes';
import { agendaItemOf, houseStyleIn } from '../common/record-lookups';

export type MinuteContentOptions = {
  /** When actions print in a separate ACTION column, they are left out of the minute's own text. */
  actionsInText: boolean;
  context: RichTextContext;
};

/**
 * Everything recorded on one minute, in the order a reader expects: who arrived, why an urgent item was taken,
 * the exempt paragraph, the discussion, declarations, members barred by law from voting, the running order of
 * motions, votes and other proceedings as they happened, the resolution, conclusions, actions, and who left.
 * The minute's number and title are printed by the caller (minutes and agenda-and-minutes differ).
 */
export function minuteContent(
  record: MeetingRecord,
  minute: Minute,
  options: MinuteContentOptions,
): (Paragraph | Table)[] {
  const item = agendaItemOf(record, minute.agendaItemId);
  const notes = minuteNotes(record, minute);
  const note = (text: string) => bodyParagraph(text, { italics: true });
  const paragraphs: (Paragraph | Table)[] = notes.opening.map(note);
  const text = numberMinuteParagraphs(
    minute.text,
    record.committee.minuteNumberFormat?.paragraphNumbers,
    printedMinuteNumber(minute.number, record).replace(/\.$/, ''),
  );
  paragraphs.push(...minuteTextBlocks(text, options.context));
  if (item?.standingKind === 'declarations') paragraphs.push(...allDeclarations(record));
  else paragraphs.push(...declarationsAtItem(record, minute.agendaItemId));
  // A statutory bar on voting is not an interest: it prints on its own, at the item it bars the vote on.
  paragraphs.push(...votingBarsAtItem(record, minute.agendaItemId));
  const keep = options.context.keepWithNext;
  paragraphs.push(...proceedingParagraphs(record, minute, keep));
  const resolutions = record.resolutions
    .filter((r) => r.minuteId === minute.id)
    .sort((a, b) => a.order - b.order);
  const style = houseStyleIn(record);
  paragraphs.push(
    ...resolutions.flatMap((resolution) => resolutionParagraphs(resolution, 0, keep, style.resolvedForm)),
  );
  if (minute.conclusions.length > 0) {
    paragraphs.push(leadIn('Conclusions', 0, keep));
    minute.conclusions.forEach((conclusion, index) =>
      paragraphs.push(markedParagraph(`${romanNumeral(index + 1)}.`, conclusion)),
    );
  }
  if (options.actionsInText) {
    paragraphs.push(
      ...actionsOf(record, minute).map((action) => bodyParagraph(actionSentence(record, action))),
    );
  }
  paragraphs.push(...notes.closing.map(note));
  return paragraphs;
}

export function actionsOf(record: MeetingRecord, minute: Minute): Action[] {
  return record.actions.filter((action) => action.minuteId === minute.id).sort((a, b) => a.order - b.order);
}

/** Who does it: a person on record, else the free-text owner ("All", "Head of Planning"). */
export function actionOwner(record: MeetingRecord, action: Action): string {
  return action.ownerPersonId ? nameOf(record, action.ownerPersonId) : action.ownerText.trim();
}

/**
 * "ACTION: Circulate the charter to partners (Owner: Head of Policy; by 13 March 2013)"; in the notes of an
 * informal body, "For Action: ...".
 */
export function actionSentence(record: MeetingRecord, action: Action): string {
  const label = houseStyleIn(record).recordKind === 'notes' ? 'For Action' : 'ACTION';
  const details = [
    actionOwner(record, action) && `Owner: ${actionOwner(record, action)}`,
    action.due && `by ${formatShortDate(action.due)}`,
  ].filter(Boolean);
  return `${label}: ${action.text.trim()}${details.length ? ` (${details.join('; ')})` : ''}`;
}
