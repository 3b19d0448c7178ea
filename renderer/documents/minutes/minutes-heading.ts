import { HeadingLevel, Paragraph, TabStopType, TextRun, type Table } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import { meetingHeldOn } from '../../domain/en-gb';
import { houseStyleOf } from '../../domain/house-style';
import { bodyParagraph } from '../common/paragraphs';
import { paragraphSpacingAfter } from '../common/house-style';
import { attendanceWording } from './attendance-wording';
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
  return { title: paragraphs, rest: [...venue, ...attendanceBlocks(record)] };
}

/**
 * Who attended, in the house's form (attendance-wording.ts): labelled lists, or numbered groups of rows. The
 * agenda and minutes prints the same blocks, so the two documents cannot differ.
 */
export function attendanceBlocks(record: MeetingRecord): (Paragraph | Table)[] {
  const wording = attendanceWording(record);
  if (wording.form === 'numbered') return numberedAttendance(record);
  return wording.groups.flatMap(({ label, names }) =>
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
