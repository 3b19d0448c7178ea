import { Paragraph, type Document } from 'docx';
import { formatLongDate, formatShortDate } from '../../domain/en-gb';
import { houseDocument } from '../common/house-document';
import { bodyParagraph } from '../common/paragraphs';
import { noticeSections, type DecisionNotice } from './decision-notice-data';

/**
 * The decision notice as a Word document: the council, the decision maker and date, then the decision, reasons,
 * alternatives, interests, dispensations and call-in.
 *
 * @example await packDocument(buildDecisionNotice(notice))
 */
export function buildDecisionNotice(notice: DecisionNotice): Document {
  return houseDocument({
    title: `Decision notice: ${notice.title}, ${formatShortDate(notice.decidedOn)}`,
    children: [
      bodyParagraph(notice.council),
      new Paragraph({ text: `Decision notice: ${notice.title}`, heading: 'Heading1' }),
      bodyParagraph(`Decision maker: ${notice.decisionMaker}`),
      bodyParagraph(
        `Date of decision: ${formatLongDate(notice.decidedOn)}${notice.itemNumber ? ` (item ${notice.itemNumber})` : ''}`,
      ),
      bodyParagraph(`Key decision: ${notice.keyDecision ? 'Yes' : 'No'}`),
      ...(notice.publishedOn
        ? [bodyParagraph(`Notice published: ${formatLongDate(notice.publishedOn)}`)]
        : []),
      ...noticeSections(notice).flatMap(([heading, lines]) => [
        new Paragraph({ text: heading, heading: 'Heading2' }),
        ...lines.map((line) => bodyParagraph(line)),
      ]),
    ],
    footerNote: `Decision notice - ${notice.decisionMaker} - ${formatShortDate(notice.decidedOn)}`,
  });
}
