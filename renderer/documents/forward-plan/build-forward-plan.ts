import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type Document } from 'docx';
import { formatLongDate, formatShortDate } from '../../domain/en-gb';
import type { IsoDate } from '../../domain/model';
import { houseDocument, type DocumentContent } from '../common/house-document';
import { bodyParagraph } from '../common/paragraphs';
import type { ForwardPlanEntry } from './forward-plan-entries';
import { lateNotice, privateReason } from './forward-plan-html';

const headings = ['Matter', 'Decision maker and date', 'Documents', 'Public or private'];
/** Twips across A4 portrait's 17 cm: the matter and the reasons widest. */
const widths = [2600, 2100, 2100, 2838];

/**
 * The forward plan of key decisions as a Word document (A4): the notice, then a table of each key
 * decision with its decision maker, expected date, documents, and whether it is taken in private and why.
 *
 * @example await packDocument(buildForwardPlan('Wrenmoor Borough Council', entries, '2025-02-01'))
 */
export function buildForwardPlan(
  council: string,
  entries: ForwardPlanEntry[],
  publishedOn: IsoDate,
): Document {
  return houseDocument(forwardPlanDocument(council, entries, publishedOn));
}

export function forwardPlanDocument(
  council: string,
  entries: ForwardPlanEntry[],
  publishedOn: IsoDate,
): DocumentContent {
  return {
    title: `${council} forward plan of key decisions, ${formatShortDate(publishedOn)}`,
    children: [
      bodyParagraph(council),
      new Paragraph({ text: 'Forward plan of key decisions', heading: 'Heading1' }),
      bodyParagraph(
        `Published ${formatLongDate(publishedOn)}. Notice is given of the key decisions below, and that those marked private will be taken at a meeting, or part of one, held in private (regulations 5 and 9 of SI 2012/2089).`,
      ),
      entries.length > 0
        ? planTable(entries)
        : bodyParagraph('No key decisions are planned.', { italics: true }),
    ],
    footerNote: `Forward plan - ${formatShortDate(publishedOn)}`,
  };
}

function planTable(entries: ForwardPlanEntry[]): Table {
  const line = (text: string, bold = false) =>
    new Paragraph({ children: [new TextRun({ text, bold })], spacing: { after: 60 } });
  const cell = (lines: string[], width: number, bold = false) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: lines.filter((text) => text.trim()).map((text) => line(text, bold)),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        children: headings.map((heading, index) => cell([heading], widths[index] ?? 0, true)),
      }),
      ...entries.map(
        (entry) =>
          new TableRow({
            children: [
              cell(
                [entry.matter, entry.wards.length ? `Wards: ${entry.wards.join(', ')}` : 'Wards: all'],
                widths[0] ?? 0,
              ),
              cell(
                [entry.decisionMaker, formatLongDate(entry.expectedDate), entry.responsibleOfficer],
                widths[1] ?? 0,
              ),
              cell(entry.documents.length ? entry.documents : ['None yet'], widths[2] ?? 0),
              cell(
                [
                  entry.inPrivate ? `Private. ${privateReason(entry.inPrivate)}` : 'Public',
                  entry.inTime ? '' : lateNotice(entry),
                ],
                widths[3] ?? 0,
              ),
            ],
          }),
      ),
    ],
  });
}
