import { BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Document, FileChild } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import { formatShortDate } from '../../domain/en-gb';
import { houseDocument } from '../common/house-document';
import type { DocumentContent } from '../common/house-document';
import { bodyParagraph, leadIn } from '../common/paragraphs';
import {
  coverAnswerOf,
  printedCoverAnswer,
  reportCoverSectionsOf,
  type CoverAnswer,
} from '../../domain/report-cover';
import { coverFields } from './cover-fields';

const toComplete = '[To be completed by the report author.]';

/**
 * The officers' report cover (seed 000) prefilled for one agenda item: REPORT FOR, the cover table, then
 * Sections 1-4 with the headings every council report answers. What Chamber knows is filled in; the rest is
 * marked for the author.
 *
 * @example buildReportCover(record, 'item-id')
 */
export function buildReportCover(record: MeetingRecord, agendaItemId: string): Document {
  return houseDocument(reportCoverContent(record, agendaItemId));
}

export function reportCoverContent(record: MeetingRecord, agendaItemId: string): DocumentContent {
  const item = record.agendaItems.find((candidate) => candidate.id === agendaItemId);
  if (!item)
    throw new Error(`This meeting has no agenda item with id ${agendaItemId}: choose an item on its agenda.`);
  const sections = reportCoverSectionsOf(record.organisation.reportCover);
  const answer = (heading: string) => printedCoverAnswer(coverAnswerOf(item.coverAnswers, heading));
  const children: FileChild[] = [
    leadIn('REPORT FOR:'),
    new Paragraph({ text: record.committee.name.toUpperCase(), heading: 'Heading1' }),
    coverTable([...coverFields(record, item), ...councilRows(sections.rows, item.coverAnswers)]),
    ...section('Section 1 – Summary and Recommendations', [
      bodyParagraph(item.description || toComplete),
      leadIn('Recommendations:'),
      bodyParagraph(item.recommendation || toComplete),
    ]),
    ...section('Section 2 – Report', [
      leadIn('Introductory paragraph'),
      bodyParagraph(toComplete),
      ...sections.implications.flatMap((heading) => implicationParagraphs(heading, answer(heading))),
    ]),
    ...section(
      'Section 3 - Statutory Officer Clearance',
      sections.clearances.map((officer) =>
        bodyParagraph(
          `${officer}: ${answer(officer) ?? 'Name: ........................  Date: ............'}`,
        ),
      ),
    ),
    ...section('Section 4 - Contact Details and Background Papers', [
      bodyParagraph(`Contact: ${item.reportAuthor || toComplete}`),
      bodyParagraph('Background Papers: None'),
    ]),
  ];
  return {
    title: `Report to ${record.committee.name}, ${formatShortDate(record.meeting.date)}: ${item.title}`,
    children,
    markings: item.part === 'B' ? ['NOT FOR PUBLICATION'] : undefined,
    footerNote: `${record.committee.name} - ${formatShortDate(record.meeting.date)} - ${item.title}`,
  };
}

/** A heading the author answers: their text, "Not required for this report", or the marker to complete it. */
function implicationParagraphs(heading: string, answer: string | undefined): FileChild[] {
  // Seed 000 asks the equalities question until the author has answered the heading.
  const equalities = !answer && /^equalit/i.test(heading);
  return [
    leadIn(heading),
    ...(equalities ? [bodyParagraph('Was an Equality Impact Assessment carried out? [Yes / No]')] : []),
    bodyParagraph(answer ?? toComplete),
  ];
}

/** The council's own rows under seed 000's, each labelled as the others are ("Scrutiny Lead Member area:"). */
function councilRows(
  rows: readonly string[],
  answers: readonly CoverAnswer[] | undefined,
): [string, string][] {
  return rows.map((heading) => [
    /:$/.test(heading) ? heading : `${heading}:`,
    printedCoverAnswer(coverAnswerOf(answers, heading)) ?? '[to be completed]',
  ]);
}

function section(title: string, body: FileChild[]): FileChild[] {
  return [new Paragraph({ text: title, heading: 'Heading2' }), ...body];
}

const line = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

function coverTable(fields: [string, string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [2800, 6838],
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    rows: fields.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: 2800, type: WidthType.DXA },
              margins: { top: 80, bottom: 80, left: 100, right: 100 },
              children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })],
            }),
            new TableCell({
              width: { size: 6838, type: WidthType.DXA },
              margins: { top: 80, bottom: 80, left: 100, right: 100 },
              children: value.split('\n').map((text) => new Paragraph(text)),
            }),
          ],
        }),
    ),
  });
}
