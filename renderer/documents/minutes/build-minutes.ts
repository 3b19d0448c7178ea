import type { Document, FileChild } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import type { AgendaPart } from '../../domain/model';
import { exemptParagraphs } from '../../domain/model';
import { formatShortDate } from '../../domain/en-gb';
import { houseDocument } from '../common/house-document';
import type { DocumentContent } from '../common/house-document';
import { bodyParagraph, leadIn } from '../common/paragraphs';
import { newRichTextContext } from '../common/rich-text-paragraphs';
import { duringOneBuild, houseStyleIn } from '../common/record-lookups';
import { actionColumnTable } from './action-column';
import { chairParagraphs } from './chair-lines';
import { closingNote } from './closing-note';
import { minuteContent } from './minute-content';
import { agendaNumberParagraphs, minuteHeading } from './minute-heading';
import { exemptParagraphsUsed, hasPartB, minutesForPart } from './minute-selection';
import { minutesHeading } from './minutes-heading';
import { signatureBlock } from './signature-block';
import { minutesHistory } from './minutes-history';

export type MinutesOptions = {
  /**
   * Mark every page "DRAFT - subject to approval". Default: until the meeting's minutes are approved; never for
   * notes of an informal body.
   */
  draft?: boolean;
  /** Print actions in a right-hand ACTION column (seed 004) instead of in the text. Default: the house's style. */
  actionColumn?: boolean;
  /** 'A' (default): the public minutes. 'B': the confidential minutes of the exempt items only. */
  part?: AgendaPart;
};

export const draftMarking = 'DRAFT - subject to approval';
export const confidentialMarking = 'NOT FOR PUBLICATION';

/**
 * The minutes of one meeting as a Word document: pure, data in, Document out (pack it with common/pack.ts).
 *
 * @example await packDocument(buildMinutes(record, { actionColumn: true }))
 */
export function buildMinutes(record: MeetingRecord, options: MinutesOptions = {}): Document {
  return houseDocument(minutesContent(record, options));
}

/** The minutes without the house layout round them: what an organisation's template receives as {{body}}. */
export function minutesContent(record: MeetingRecord, options: MinutesOptions = {}): DocumentContent {
  // Each minute looks up the agenda's numbers, its item and the house style: worked out once for the build.
  return duringOneBuild(() => minutesContentOnce(record, options));
}

function minutesContentOnce(record: MeetingRecord, options: MinutesOptions): DocumentContent {
  const part = options.part ?? 'A';
  const style = houseStyleIn(record);
  const notes = style.recordKind === 'notes';
  const draft = options.draft ?? (!notes && record.meeting.status !== 'minutesApproved');
  const actionColumn = options.actionColumn ?? style.actionsForm === 'column';
  const context = newRichTextContext(!actionColumn);
  const kind = notes ? 'notes' : 'minutes';
  const heading = minutesHeading(record, part === 'B' ? `Confidential ${kind}` : notes ? 'Notes' : 'Minutes');
  // DRAFT under the title too, not only in the page header: a pack that carries these minutes prints its own
  // headers, and the minutes must still say on their face that they are not yet approved.
  const children: FileChild[] = [
    ...heading.title,
    ...(draft ? [bodyParagraph(draftMarking, { bold: true })] : []),
    ...heading.rest,
    // Who presided over which minutes, where the chair changed during the meeting (chair-lines.ts).
    ...chairParagraphs(
      record,
      record.minutes.map((minute) => minute.id),
    ),
  ];
  if (part === 'B') children.push(...confidentialityStatement(record));
  else if (hasPartB(record) || style.partAHeading === 'always')
    children.push(leadIn('PART A', 0, !actionColumn));
  const minutes = minutesForPart(record, part);
  if (minutes.length === 0) {
    children.push(
      bodyParagraph(
        part === 'B'
          ? 'There were no Part B items at this meeting.'
          : 'No minutes have been recorded for this meeting yet.',
      ),
    );
  }
  const rows = minutes.map((minute) => ({
    minute,
    paragraphs: [
      minuteHeading(record, minute, !actionColumn),
      ...agendaNumberParagraphs(record, minute),
      ...minuteContent(record, minute, { actionsInText: !actionColumn, context }),
    ],
  }));
  if (actionColumn && rows.length > 0) children.push(actionColumnTable(record, rows));
  else children.push(...rows.flatMap((row) => row.paragraphs));
  // Notes of an informal body are not signed as a correct record (Sch 12 para 41 is for minutes).
  children.push(
    ...closingNote(record),
    ...(notes ? [] : signatureBlock(style.chairTitle)),
    ...minutesHistory(record, minutes),
  );
  const markings = [part === 'B' ? confidentialMarking : '', draft ? draftMarking : ''].filter(Boolean);
  return {
    title: `${record.committee.name} ${part === 'B' ? `confidential ${kind}` : kind}, ${formatShortDate(record.meeting.date)}`,
    children,
    markings,
    footerNote: `${record.committee.name} - ${formatShortDate(record.meeting.date)}`,
  };
}

/** The confidential minutes say on their face why they are withheld: Schedule 12A, with each paragraph relied on. */
function confidentialityStatement(record: MeetingRecord): FileChild[] {
  const paragraphs = exemptParagraphsUsed(record);
  const which =
    paragraphs.length === 1 ? `paragraph ${paragraphs[0]}` : `paragraphs ${paragraphs.join(', ')}`;
  return [
    leadIn('PART B - NOT FOR PUBLICATION'),
    bodyParagraph(
      paragraphs.length
        ? `These minutes are not for publication by virtue of ${which} of Part 1 of Schedule 12A to the Local Government Act 1972:`
        : 'These minutes are not for publication: they record items considered with the press and public excluded.',
    ),
    ...paragraphs.map((paragraph) =>
      bodyParagraph(`Paragraph ${paragraph}: ${exemptParagraphs[paragraph]}`, { indentLevel: 1 }),
    ),
  ];
}
