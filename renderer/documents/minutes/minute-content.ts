import type { Paragraph, Table } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import type { Action, AgendaItem, Minute } from '../../domain/model';
import { exemptParagraphs } from '../../domain/model';
import { houseStyleOf, type HouseStyle } from '../../domain/house-style';
import { formatClockTime, formatShortDate } from '../../domain/en-gb';
import { nameOf } from '../common/people';
import { bodyParagraph, leadIn, markedParagraph, romanNumeral } from '../common/paragraphs';
import { resolutionParagraphs } from '../common/resolution';
import type { RichTextContext } from '../common/rich-text-paragraphs';
import { allDeclarations, declarationsAtItem } from './declarations';
import { numberMinuteParagraphs } from '../../domain/minute-paragraph-numbers';
import { printedMinuteNumber } from './minute-heading';
import { minuteTextBlocks } from './minute-text';
import { proceedingParagraphs } from './proceedings';
import { attendeeName } from './attendance-lines';
import { votingBarsAtItem } from './voting-bars';
import { minuteHeardInPublic } from './minute-selection';

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
  const item = record.agendaItems.find((candidate) => candidate.id === minute.agendaItemId);
  const paragraphs: (Paragraph | Table)[] = [...arrivalNotes(record, minute.agendaItemId)];
  if (item?.urgent)
    paragraphs.push(urgencyStatement(item, houseStyleOf(record.organisation, record.committee)));
  if (item?.part === 'B' && minuteHeardInPublic(record, minute)) {
    paragraphs.push(
      bodyParagraph(
        `This item was considered with the press and public present.${item.exemptParagraph ? ` Its papers remain exempt under paragraph ${item.exemptParagraph} of Part 1 of Schedule 12A to the Local Government Act 1972.` : ''}`,
        { italics: true },
      ),
    );
  } else if (item?.part === 'B' && item.exemptParagraph) {
    paragraphs.push(
      bodyParagraph(
        `Exempt information under paragraph ${item.exemptParagraph} of Part 1 of Schedule 12A to the Local Government Act 1972: ${exemptParagraphs[item.exemptParagraph]}`,
        { italics: true },
      ),
    );
  }
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
  const style = houseStyleOf(record.organisation, record.committee);
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
  paragraphs.push(...departureNotes(record, minute.agendaItemId));
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
  const label =
    houseStyleOf(record.organisation, record.committee).recordKind === 'notes' ? 'For Action' : 'ACTION';
  const details = [
    actionOwner(record, action) && `Owner: ${actionOwner(record, action)}`,
    action.due && `by ${formatShortDate(action.due)}`,
  ].filter(Boolean);
  return `${label}: ${action.text.trim()}${details.length ? ` (${details.join('; ')})` : ''}`;
}

/** s100B(4)(b): an item taken without five clear days' notice must have its special circumstances minuted. */
function urgencyStatement(item: AgendaItem, style: HouseStyle): Paragraph {
  const reasons =
    item.specialCircumstances.trim().replace(/\.$/, '') || 'the circumstances stated at the meeting';
  return bodyParagraph(
    `The ${style.chairTitle} agreed to consider this item as a matter of urgency under section 100B(4)(b) of the Local Government Act 1972 by reason of special circumstances, namely: ${reasons}.`,
    { italics: true },
  );
}

function arrivalNotes(record: MeetingRecord, agendaItemId: string): Paragraph[] {
  return record.attendance
    .filter((line) => line.arrivedDuringItemId === agendaItemId)
    .map((line) =>
      bodyParagraph(
        `${attendeeName(record, line)} arrived during this item${line.arrivedAt ? ` at ${formatClockTime(line.arrivedAt)}` : ''}.`,
        { italics: true },
      ),
    );
}

function departureNotes(record: MeetingRecord, agendaItemId: string): Paragraph[] {
  return record.attendance
    .filter((line) => line.leftDuringItemId === agendaItemId)
    .map((line) =>
      bodyParagraph(
        `${attendeeName(record, line)} left the meeting during this item${line.leftAt ? ` at ${formatClockTime(line.leftAt)}` : ''}.`,
        { italics: true },
      ),
    );
}
