import { AlignmentType, Document, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { FileChild } from 'docx';
import {
  a4,
  bodySize,
  headingSize,
  houseFont,
  margins,
  paragraphSpacingAfter,
  smallSize,
  titleSize,
} from './house-style';
import { listNumbering } from './numbering';

/**
 * What a builder produces before it becomes a file: the body, plus what goes round it. The same content is either
 * wrapped in Chamber's own house layout (houseDocument) or poured into an organisation's template
 * (templates/fill-template.ts), so the two can never drift apart.
 */
export type DocumentContent = {
  /** Document properties title, e.g. "Harrow Partnership Board minutes, 6 December 2012". */
  title: string;
  children: FileChild[];
  /** Printed at the top of every page, one per line: "NOT FOR PUBLICATION", "DRAFT - subject to approval". */
  markings?: string[];
  /** Printed at the foot of every page, left of "Page X of Y". */
  footerNote?: string;
  landscape?: boolean;
};

/** Chamber's built-in layout: A4, Arial 11, bold headings, marking in the header, "Page X of Y" in the footer. */
export function houseDocument(content: DocumentContent): Document {
  const width = content.landscape ? a4.height : a4.width;
  const height = content.landscape ? a4.width : a4.height;
  return new Document({
    title: content.title,
    creator: 'Chamber',
    styles: houseStyles,
    numbering: listNumbering,
    sections: [
      {
        properties: {
          page: {
            size: { width, height, orientation: content.landscape ? 'landscape' : 'portrait' },
            margin: margins,
          },
        },
        headers: content.markings?.length ? { default: markingHeader(content.markings) } : undefined,
        footers: { default: pageFooter(content.footerNote ?? '', width - margins.left - margins.right) },
        children: content.children,
      },
    ],
  });
}

function markingHeader(markings: string[]): Header {
  return new Header({
    children: markings.map(
      (marking) =>
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: [new TextRun({ text: marking, bold: true, color: 'C00000', size: headingSize })],
        }),
    ),
  });
}

function pageFooter(note: string, textWidth: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [
          new TextRun({ text: note, size: smallSize }),
          new TextRun({
            children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
            size: smallSize,
          }),
        ],
      }),
    ],
  });
}

/** Arial throughout, headings bold and black: shared with the default template so both look the same. */
export const houseStyles = {
  default: {
    document: {
      run: { font: houseFont, size: bodySize },
      paragraph: { spacing: { after: paragraphSpacingAfter } },
    },
    title: { run: { font: houseFont, size: titleSize, bold: true, color: '000000' } },
    heading1: {
      run: { font: houseFont, size: titleSize, bold: true, color: '000000' },
      paragraph: { spacing: { before: 0, after: 120 }, keepNext: true },
    },
    heading2: {
      run: { font: houseFont, size: headingSize - 4, bold: true, color: '000000' },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
    },
    heading3: {
      run: { font: houseFont, size: bodySize, bold: true, color: '000000' },
      paragraph: { spacing: { before: 180, after: 120 }, keepNext: true },
    },
  },
};
