import { HeadingLevel, Paragraph, TabStopType, TextRun, type Table } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import { meetingHeldOn } from '../../domain/en-gb';
import { houseStyleOf } from '../../domain/house-style';
import { bodyParagraph } from '../common/paragraphs';
import { paragraphSpacingAfter } from '../common/house-style';
import { attendanceLines } from './attendance-lines';
import { numberedAttendance } from './attendance-table';

const labelWidth = 2268; // 4 cm: "Also present:" fits, and names line up under each other

/**
 * The top of the minutes: the organisation, the body in capitals (seed 004: "HARROW PARTNERSHIP BOARD"),
 * "Minutes of the meeting held on Thursday 6 December 2012 at 6.00 pm", the venue, then who attended. The title
 * lines come apart from the rest, so the caller can put DRAFT under them.
 */
export function minutesHeading(
  record: MeetingRecord,
  title = 'Minutes',
): { title: Paragraph[]; rest: (Paragraph | Table)[] } {
  const { meeting } = record;
  const heldOn = meetingHeldOn(meeting.date, meeting.startTime).replace(/^Minutes/, title);
  // "Meeting held on ..." then "MINUTES" on a line of its own, where the house heads its minutes so.
  const style = houseStyleOf(record.organisation, record.committee);
  const meetingOf = style.minutesHeading === 'meetingOf';
  const paragraphs = [
    bodyParagraph(record.organisation.name),
    new Paragraph({ text: record.committee.name.toUpperCase(), heading: HeadingLevel.HEADING_1 }),
    ...(meetingOf
      ? [
          bodyParagraph(heldOn.replace(/^.*? of the meeting held/, 'Meeting held'), { bold: true }),
          new Paragraph({ text: title.toUpperCase(), heading: HeadingLevel.HEADING_2 }),
        ]
      : [bodyParagraph(heldOn, { bold: true })]),
  ];
  const venue = meeting.venue ? [bodyParagraph(`Venue: ${meeting.venue}`)] : [];
  const attendance =
    style.attendanceForm === 'numbered' ? numberedAttendance(record) : attendanceParagraphs(record);
  return { title: paragraphs, rest: [...venue, ...attendance] };
}

function attendanceParagraphs(record: MeetingRecord): Paragraph[] {
  const lines = attendanceLines(record);
  const groups: [string, string[]][] = [
    ['Present:', lines.present],
    ['Also present:', lines.alsoPresent],
    ['Officers:', lines.officers],
    ['Apologies:', lines.apologies],
  ];
  return groups
    .filter(([, names]) => names.length > 0)
    .flatMap(([label, names]) =>
      names.map((name, index) => labelledLine(index === 0 ? label : '', name, index === names.length - 1)),
    );
}

/** "Present:    Councillor Jane Smith (Chair)", later names aligned under the first. */
function labelledLine(label: string, name: string, lastOfGroup: boolean): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: label, bold: true }), new TextRun(`\t${name}`)],
    tabStops: [{ type: TabStopType.LEFT, position: labelWidth }],
    indent: { left: labelWidth, hanging: labelWidth },
    spacing: { before: label ? paragraphSpacingAfter : 0, after: lastOfGroup ? paragraphSpacingAfter : 0 },
    keepNext: !lastOfGroup,
  });
}
