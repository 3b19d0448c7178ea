import type { MeetingRecord } from '../../domain/meeting-record';
import type { AgendaItem, Minute } from '../../domain/model';
import { exemptParagraphs } from '../../domain/model';
import type { HouseStyle } from '../../domain/house-style';
import { formatClockTime } from '../../domain/en-gb';
import { attendeeName } from './attendance-lines';
import { minuteHeardInPublic } from './minute-selection';
import { agendaItemOf, houseStyleIn } from '../common/record-lookups';

/**
 * The italic notes a minute opens and closes with, as words only: who arrived during the item, why an urgent
 * item was taken, whether a Part B item was heard in public (or the paragraph it is exempt under), and who left.
 * The Word minutes, the agenda and minutes and the published minutes all print these same sentences, so none
 * can word them differently.
 *
 * @example minuteNotes(record, minute).opening // ['Councillor Ann Lee arrived during this item at 6.20 pm.']
 */
export type MinuteNotes = { opening: string[]; closing: string[] };

export function minuteNotes(record: MeetingRecord, minute: Minute): MinuteNotes {
  const item = agendaItemOf(record, minute.agendaItemId);
  const opening = arrivalNotes(record, minute.agendaItemId);
  if (item?.urgent) opening.push(urgencyStatement(item, houseStyleIn(record)));
  if (item?.part === 'B' && minuteHeardInPublic(record, minute)) opening.push(heardInPublicNote(item));
  else if (item?.part === 'B' && item.exemptParagraph)
    opening.push(
      `Exempt information under paragraph ${item.exemptParagraph} of Part 1 of Schedule 12A to the Local Government Act 1972: ${exemptParagraphs[item.exemptParagraph]}`,
    );
  return { opening, closing: departureNotes(record, minute.agendaItemId) };
}

/** s100B(4)(b): an item taken without five clear days' notice must have its special circumstances minuted. */
function urgencyStatement(item: AgendaItem, style: HouseStyle): string {
  const reasons =
    item.specialCircumstances.trim().replace(/\.$/, '') || 'the circumstances stated at the meeting';
  return `The ${style.chairTitle} agreed to consider this item as a matter of urgency under section 100B(4)(b) of the Local Government Act 1972 by reason of special circumstances, namely: ${reasons}.`;
}

/** A Part B item whose exclusion motion was lost: its minute is public, its papers stay exempt. */
function heardInPublicNote(item: AgendaItem): string {
  const papers = item.exemptParagraph
    ? ` Its papers remain exempt under paragraph ${item.exemptParagraph} of Part 1 of Schedule 12A to the Local Government Act 1972.`
    : '';
  return `This item was considered with the press and public present.${papers}`;
}

function arrivalNotes(record: MeetingRecord, agendaItemId: string): string[] {
  return record.attendance
    .filter((line) => line.arrivedDuringItemId === agendaItemId)
    .map(
      (line) =>
        `${attendeeName(record, line)} arrived during this item${line.arrivedAt ? ` at ${formatClockTime(line.arrivedAt)}` : ''}.`,
    );
}

function departureNotes(record: MeetingRecord, agendaItemId: string): string[] {
  return record.attendance
    .filter((line) => line.leftDuringItemId === agendaItemId)
    .map(
      (line) =>
        `${attendeeName(record, line)} left the meeting during this item${line.leftAt ? ` at ${formatClockTime(line.leftAt)}` : ''}.`,
    );
}
