import { HeadingLevel, Paragraph, TabStopType } from 'docx';
import type { Document, FileChild } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import type { AgendaItem } from '../../domain/model';
import { exemptParagraphs } from '../../domain/model';
import { numberAgenda } from '../../domain/agenda-numbering';
import { formatClockTime, formatLongDate, formatShortDate } from '../../domain/en-gb';
import { houseDocument } from '../common/house-document';
import type { DocumentContent } from '../common/house-document';
import { bodyParagraph, leadIn, markedParagraph, romanNumeral } from '../common/paragraphs';
import { newRichTextContext } from '../common/rich-text-paragraphs';
import type { RichTextContext } from '../common/rich-text-paragraphs';
import { actionOwner, actionsOf, minuteContent } from '../minutes/minute-content';
import { attendanceBlocks } from '../minutes/minutes-heading';
import { chairParagraphs } from '../minutes/chair-lines';
import { printedMinuteNumber } from '../minutes/minute-heading';
import { itemDocumentParagraphs } from './item-documents';
import { membershipParagraphs } from './membership-list';

export type AgendaAndMinutesOptions = {
  /** Just the agenda (before the meeting): no attendance, no minutes. */
  agendaOnly?: boolean;
};

/**
 * "Agenda and minutes" as council websites show them (seed 003): each item's agenda text and its papers
 * ("PDF 105 KB"), then its minutes, with "ACTIONS AGREED" (i), (ii). Part B items show only their title and the
 * exempt paragraph: nothing confidential goes into this public document.
 *
 * @example buildAgendaAndMinutes(record)                       // after the meeting
 * @example buildAgendaAndMinutes(record, { agendaOnly: true }) // the published agenda
 */
export function buildAgendaAndMinutes(
  record: MeetingRecord,
  options: AgendaAndMinutesOptions = {},
): Document {
  return houseDocument(agendaAndMinutesContent(record, options));
}

export function agendaAndMinutesContent(
  record: MeetingRecord,
  options: AgendaAndMinutesOptions = {},
): DocumentContent {
  const { meeting, committee, organisation } = record;
  const title = options.agendaOnly ? 'Agenda' : 'Agenda and minutes';
  const context = newRichTextContext();
  const children: FileChild[] = [
    bodyParagraph(organisation.name),
    new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
    bodyParagraph(
      `${committee.name} - ${formatLongDate(meeting.date)} ${formatClockTime(meeting.startTime)}`,
      { bold: true },
    ),
    bodyParagraph(`Venue: ${meeting.venue}`),
    bodyParagraph(
      `Contact: ${[organisation.contactName, organisation.contactPhone, organisation.contactEmail].filter(Boolean).join('  ')}`,
    ),
  ];
  if (options.agendaOnly) children.push(...membershipParagraphs(record));
  // Who attended exactly as the Word minutes print it, in the house's form (lists or numbered tables).
  else
    children.push(
      ...attendanceBlocks(record),
      // Who presided over which minutes, where the chair changed during the meeting, as the minutes print it.
      ...chairParagraphs(
        record,
        record.minutes.map((minute) => minute.id),
      ),
    );
  children.push(leadIn('Items'));
  for (const { item, number, depth } of numberAgenda(record.agendaItems)) {
    children.push(...itemParagraphs(record, item, number, depth, context, options));
  }
  return {
    title: `${committee.name} ${title.toLowerCase()}, ${formatShortDate(meeting.date)}`,
    children,
    footerNote: `${committee.name} - ${formatShortDate(meeting.date)}`,
  };
}

function itemParagraphs(
  record: MeetingRecord,
  item: AgendaItem,
  number: string,
  depth: number,
  context: RichTextContext,
  options: AgendaAndMinutesOptions,
): FileChild[] {
  const heading = new Paragraph({
    text: `${number ? `${number}.` : ''}\t${item.title}`,
    heading: depth === 0 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
    tabStops: [{ type: TabStopType.LEFT, position: 851 + depth * 567 }],
    indent: { left: 851 + depth * 567, hanging: 851 },
  });
  if (item.part === 'B') {
    const paragraph = item.exemptParagraph
      ? ` by virtue of paragraph ${item.exemptParagraph} of Part 1 of Schedule 12A to the Local Government Act 1972 (${exemptParagraphs[item.exemptParagraph].replace(/\.$/, '')})`
      : '';
    return [heading, bodyParagraph(`This item is not for publication${paragraph}.`, { italics: true })];
  }
  const paragraphs: FileChild[] = [heading];
  if (item.description.trim()) paragraphs.push(bodyParagraph(item.description.trim()));
  paragraphs.push(
    ...itemDocumentParagraphs(
      record.documents.filter((document) => document.agendaItemId === item.id),
      record.agendaItems,
    ),
  );
  const minute = record.minutes.find((candidate) => candidate.agendaItemId === item.id);
  if (options.agendaOnly || !minute) return paragraphs;
  const printed = printedMinuteNumber(minute.number, record).replace(/\.$/, '');
  paragraphs.push(leadIn(printed ? `Minutes: ${printed}` : 'Minutes'));
  paragraphs.push(...minuteContent(record, minute, { actionsInText: false, context }));
  const actions = actionsOf(record, minute);
  if (actions.length > 0) {
    paragraphs.push(leadIn(actions.length === 1 ? 'ACTION AGREED' : 'ACTIONS AGREED'));
    actions.forEach((action, index) => {
      const owner = actionOwner(record, action);
      paragraphs.push(
        markedParagraph(`(${romanNumeral(index + 1)})`, `${action.text.trim()}${owner ? ` (${owner})` : ''}`),
      );
    });
  }
  return paragraphs;
}
