import { HeadingLevel, Paragraph, TabStopType } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import { agendaNumberNote, printedMinuteNumber as inHouseForm } from '../../domain/minute-number-format';
import { municipalYearOf } from '../../domain/municipal-year';
import type { Minute } from '../../domain/model';
import { bodyParagraph } from '../common/paragraphs';
import { agendaEntryOf, agendaItemOf, oncePerBuild } from '../common/record-lookups';

const numberGutter = 1134; // 2 cm: "101." and "15/18" both fit before the title

/** "101." for plain numbers (seed 004); "9/18" keeps its own form (seed 001); the committee's house form if set. */
export function printedMinuteNumber(number: string, record?: MeetingRecord): string {
  const format = record?.committee.minuteNumberFormat;
  const year = record
    ? oncePerBuild(record, 'municipal year', () =>
        municipalYearOf(record.meeting.date, record.organisation.municipalYearStartMonth),
      )
    : undefined;
  return inHouseForm(number, format, year);
}

export function minuteTitle(record: MeetingRecord, minute: Minute): string {
  return agendaItemOf(record, minute.agendaItemId)?.title ?? 'Item';
}

/**
 * "101.  Welcome" as a Heading 2, so it shows in Word's navigation pane and an organisation's template restyles it.
 * An unnumbered section (a presentation, announcements) prints its title alone.
 */
export function minuteHeading(record: MeetingRecord, minute: Minute, keepNext = true): Paragraph {
  return new Paragraph({
    text: `${printedMinuteNumber(minute.number, record)}\t${minuteTitle(record, minute)}`,
    heading: HeadingLevel.HEADING_2,
    // Said explicitly (not only by the style) so that false overrides the Heading 2 style inside table cells.
    keepNext,
    tabStops: [{ type: TabStopType.LEFT, position: numberGutter }],
    indent: { left: numberGutter, hanging: numberGutter },
  });
}

/** "(Agenda item 5)" under the heading, when the house prints it and the numbers differ. */
export function agendaNumberParagraphs(record: MeetingRecord, minute: Minute): Paragraph[] {
  const agendaNumber = agendaEntryOf(record, minute.agendaItemId)?.number;
  const note = agendaNumberNote(minute.number, agendaNumber, record.committee.minuteNumberFormat);
  return note ? [bodyParagraph(note, { indentLevel: 2, keepNext: true })] : [];
}
