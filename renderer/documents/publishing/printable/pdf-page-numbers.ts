import { beginMarkedContent, degrees, endMarkedContent, rgb, StandardFonts, type PDFDocument } from 'pdf-lib';

const pointsPerMm = 72 / 25.4;
const fontSize = 10;

/**
 * "Page N" at the foot of each page of the pack from `firstNumbered` (1-based) on, N counted through the whole PDF,
 * as the Word pack's footer numbers its papers' pages: the numbers the agenda's "(Pages 5 - 8)" refer to, on the
 * papers themselves, a PDF paper's pages included. Drawn 8 mm above the foot, centred, turned with a page that is
 * shown turned, and marked as a pagination artifact so a screen reader does not read it into the paper's text.
 *
 * @example await numberPages(pack, agendaPages + 1)
 */
export async function numberPages(pdf: PDFDocument, firstNumbered: number): Promise<void> {
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const [index, page] of pdf.getPages().entries()) {
    const number = index + 1;
    if (number < firstNumbered) continue;
    const text = `Page ${number}`;
    const width = font.widthOfTextAtSize(text, fontSize);
    const box = page.getCropBox();
    const turned = ((page.getRotation().angle % 360) + 360) % 360;
    const up = 8 * pointsPerMm;
    // Where the foot of the page is as the reader sees it, and the text turned to read along it.
    const place = {
      0: { x: box.x + (box.width - width) / 2, y: box.y + up },
      90: { x: box.x + box.width - up, y: box.y + (box.height - width) / 2 },
      180: { x: box.x + (box.width + width) / 2, y: box.y + box.height - up },
      270: { x: box.x + up, y: box.y + (box.height + width) / 2 },
    }[turned as 0 | 90 | 180 | 270] ?? { x: box.x + (box.width - width) / 2, y: box.y + up };
    page.pushOperators(beginMarkedContent('Artifact'));
    page.drawText(text, { ...place, size: fontSize, font, color: rgb(0, 0, 0), rotate: degrees(turned) });
    page.pushOperators(endMarkedContent());
  }
}
