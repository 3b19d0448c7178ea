import { HeadingLevel, Paragraph, TabStopType } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import type { Minute } from '../../domain/model';

const numberGutter = 1134; // 2 cm: "101." and "15/18" both fit before the title

/** "101." for plain numbers (seed 004); "9/18" keeps its own form (seed 001). */
export function printedMinuteNumber(number: string): string {
  return /^\d+$/.test(number) ? `${number}.` : number;
}

export function minuteTitle(record: MeetingRecord, minute: Minute): string {
  return record.agendaItems.find((item) => item.id === minute.agendaItemId)?.title ?? 'Item';
}

/** "101.  Welcome" as a Heading 2, so it shows in Word's navigation pane and an organisation's template restyles it. */
export function minuteHeading(record: MeetingRecord, minute: Minute, keepNext = true): Paragraph {
  return new Paragraph({
    text: `${printedMinuteNumber(minute.number)}\t${minuteTitle(record, minute)}`,
    heading: HeadingLevel.HEADING_2,
    // Said explicitly (not only by the style) so that false overrides the Heading 2 style inside table cells.
    keepNext,
    tabStops: [{ type: TabStopType.LEFT, position: numberGutter }],
    indent: { left: numberGutter, hanging: numberGutter },
  });
}
