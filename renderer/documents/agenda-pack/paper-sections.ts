import type { ISectionOptions } from 'docx';
import {
  AlignmentType,
  Bookmark,
  Footer,
  Header,
  ImageRun,
  PageNumber,
  Paragraph,
  SectionType,
  TextRun,
} from 'docx';
import { exemptWording } from '../../domain/exempt-wording';
import type { ExemptParagraph, OrganisationSettings } from '../../domain/model';
import { bodySize, houseFont, smallSize } from '../common/house-style';
import type { PageImage } from './agenda-pack-data';
import type { PageSetup } from './page-estimate';
import { packPageSetup } from './page-estimate';

export const blankPageNotice = 'This page is intentionally left blank';

/** Where a paper sits in its item's papers: the first carries the start bookmark, the last the end bookmark. */
export type PaperBookmarks = { start?: string; end?: string };

export type PaperSection = {
  setup: PageSetup;
  /** The paper's own content: a placeholder for a merged report, or one picture per PDF page. */
  children: Paragraph[];
  pages: number;
  /** The header on every page of an exempt paper in the private pack, in the council's words. */
  exemptHeader?: string;
  /** Printed at the top of every page of minutes not yet approved: "DRAFT - subject to approval". */
  draftMarking?: string;
  /** The first paper restarts page numbering at 1, as in seed 004 where the previous minutes are "Pages 1 - 6". */
  firstPaper: boolean;
};

/**
 * One section per paper, starting on an odd page, with the pack's footer ("Page 7") in place of the paper's own, and
 * in the private pack a "NOT FOR PUBLICATION" header on every page of an exempt paper. Every section names its
 * header and footer explicitly: a section that named none would inherit the previous one's, notice included.
 */
export function paperSection(paper: PaperSection): ISectionOptions {
  const notice = paper.pages % 2 === 1 ? [blankPage()] : [];
  return {
    properties: {
      type: SectionType.ODD_PAGE,
      page: {
        size: { width: paper.setup.width, height: paper.setup.height },
        margin: {
          top: paper.setup.top,
          bottom: paper.setup.bottom,
          left: paper.setup.left,
          right: paper.setup.right,
          header: 567,
          footer: 567,
        },
        pageNumbers: paper.firstPaper ? { start: 1 } : undefined,
      },
    },
    headers: {
      default: paper.exemptHeader
        ? notForPublication(paper.exemptHeader, paper.draftMarking)
        : new Header({ children: paper.draftMarking ? [headerLine(paper.draftMarking)] : [] }),
    },
    footers: { default: pageFooter() },
    children: [...paper.children, ...notice],
  };
}

export function blankPage(): Paragraph {
  return new Paragraph({
    pageBreakBefore: true,
    alignment: AlignmentType.CENTER,
    spacing: { before: 6000 },
    children: [new TextRun({ text: blankPageNotice, font: houseFont, size: bodySize })],
  });
}

/** The header of an exempt page: the council's own wording, or "NOT FOR PUBLICATION by virtue of paragraph 3 ...". */
export function notForPublicationText(
  paragraph: ExemptParagraph | undefined,
  organisation?: Pick<OrganisationSettings, 'exemptPageHeader'>,
): string {
  return exemptWording(organisation, 'exemptPageHeader', paragraph ? { paragraph } : {});
}

/** The page standing where an exempt paper would in the public pack: the withheld line, in the middle of the page. */
export function withheldPage(text: string, bookmarks: PaperBookmarks): Paragraph {
  const start = bookmarks.start ? [new Bookmark({ id: bookmarks.start, children: [] })] : [];
  const end = bookmarks.end ? [new Bookmark({ id: bookmarks.end, children: [] })] : [];
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 4000 },
    children: [...start, new TextRun({ text, bold: true, font: houseFont, size: bodySize }), ...end],
  });
}

function notForPublication(text: string, draftMarking?: string): Header {
  return new Header({
    children: [
      ...(draftMarking ? [headerLine(draftMarking)] : []),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            text,
            bold: true,
            font: houseFont,
            size: smallSize,
          }),
        ],
      }),
    ],
  });
}

function headerLine(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text, bold: true, font: houseFont, size: smallSize })],
  });
}

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT], font: houseFont, size: bodySize })],
      }),
    ],
  });
}

/** The placeholder paragraph a merged report replaces after packing. */
export function placeholder(marker: string): Paragraph {
  return new Paragraph({ children: [new TextRun(marker)] });
}

/** One PDF page per pack page, drawn as large as the text area allows without spilling onto a second page. */
export function pdfPageParagraphs(images: PageImage[], bookmarks: PaperBookmarks): Paragraph[] {
  const widthPx = (packPageSetup.width - packPageSetup.left - packPageSetup.right) / 15;
  const heightPx = (packPageSetup.height - packPageSetup.top - packPageSetup.bottom - 400) / 15;
  return images.map((image, index) => {
    const scale = Math.min(widthPx / image.widthPx, heightPx / image.heightPx);
    const picture = new ImageRun({
      type: 'png',
      data: image.png,
      transformation: {
        width: Math.floor(image.widthPx * scale),
        height: Math.floor(image.heightPx * scale),
      },
    });
    const startMark =
      index === 0 && bookmarks.start ? [new Bookmark({ id: bookmarks.start, children: [] })] : [];
    // The end mark follows the picture: at the start of a page-breaking paragraph that also ends a section,
    // LibreOffice places it on the page before.
    const endMark =
      index === images.length - 1 && bookmarks.end ? [new Bookmark({ id: bookmarks.end, children: [] })] : [];
    return new Paragraph({
      pageBreakBefore: index > 0,
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0 },
      children: [...startMark, picture, ...endMark],
    });
  });
}
