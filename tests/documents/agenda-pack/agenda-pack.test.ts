import { describe, expect, it } from 'vitest';
import {
  buildAgendaPack,
  allInPublicStatement,
  blankPageNotice,
} from '../../../renderer/documents/agenda-pack';
import type { RenderedDocument } from '../support/libreoffice';
import { countPdfImages, renderDocx } from '../support/libreoffice';
import { renderPdfInNode } from './support/pdf-reader';
import { footerNumber, footerOf, picturesByPage, printedRange, sheetOf } from './support/pages';
import { seed004, seed004Record } from './support/seed-004';
import { seed004PackData } from './support/seed-004-pack';

describe("seed 004's agenda pack, keyed in and printed through LibreOffice", async () => {
  const data = await seed004PackData();
  const { bytes, warnings } = await buildAgendaPack(data, {
    audience: 'public',
    edition: 'agenda',
    renderPdf: renderPdfInNode,
  });
  const pack: RenderedDocument = await renderDocx(bytes, 'seed-004-pack.docx');
  const text = pack.flatText;

  it('has the front sheet of seed 004', () => {
    const front = pack.pages.slice(0, 2).join('\n');
    for (const phrase of [
      'Harrow Council',
      'HARROW PARTNERSHIP BOARD MEETING',
      'WEDNESDAY 13 MARCH 2013 AT 6.00 PM',
      'COMMITTEE ROOMS 1 & 2, HARROW CIVIC CENTRE',
      'AGENDA',
      'Members:',
      'Substitute Members:',
      'Officers:',
      'Contact: Vishal Seegoolam, Senior Democratic Services Officer',
      'Tel: 020 8424 1883 E-mail: vishal.seegoolam@harrow.gov.uk',
    ]) {
      expect(front).toContain(phrase);
    }
    expect(front).toMatch(/Councillor Thaya Idaikkadar\s[\s\S]*\(Chairman\)/);
    const names = [
      ...seed004.committee.members,
      ...seed004.committee.substitutes,
      ...seed004.committee.officers,
    ].map((person) => person.name.split(/[\s-]/).at(-1) ?? '');
    const positions = names.map((surname) => front.indexOf(surname));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // The docx-made reports record no page count, so the clerk is told their counts were estimated.
    expect(warnings).toHaveLength(3);
    for (const warning of warnings) expect(warning).toMatch(/does not say how many pages it prints/);
    expect(warnings.join(' ')).toContain(`"The Child's Journey" (item 6)`);
  });

  it('lists every Part A item under AGENDA - PUBLIC, and states all items are public', () => {
    const agenda = text.slice(text.indexOf('AGENDA - PUBLIC'), text.indexOf('AGENDA - PRIVATE'));
    let from = 0;
    for (const item of seed004.meeting.agenda) {
      const at = agenda.indexOf(`${item.number}. ${item.title}:`, from);
      expect(at, item.title).toBeGreaterThan(from - 1);
      from = at;
    }
    expect(agenda).toContain('Families First Progress Report: (To Follow)');
    expect(agenda).toContain('Appointment of Vice-Chairman: To appoint');
    expect(text).toContain(`AGENDA - PRIVATE ${allInPublicStatement}`);
  });

  it('prints "(Pages X - Y)" exactly where each item\'s papers start and end', async () => {
    expect(printedRange(text, 'Minutes')).toEqual([
      footerOf(pack, 'MINUTES-MARKER'),
      footerOf(pack, '103. Minute 3:'),
    ]);
    expect(printedRange(text, 'Safer Harrow - Update')).toEqual([
      footerOf(pack, 'LO-REPORT-MARKER'),
      footerOf(pack, 'End of the Safer Harrow report.'),
    ]);
    expect(printedRange(text, "The Child's Journey. How Much? How Well? What Difference?")).toEqual([
      footerOf(pack, 'DOCX-REPORT-MARKER Summary'),
      footerOf(pack, 'DOCX-REPORT-MARKER Body text of page 3.'),
    ]);
    // Item 8 ends with its PDF appendix: the last page holding a full-page picture.
    const pictures = await picturesByPage(pack.pdfPath);
    const appendixSheets = [...pictures]
      .filter(([, widths]) => widths.some((width) => width > 1000))
      .map(([sheet]) => sheet);
    expect(appendixSheets).toHaveLength(2);
    const lastSheet = Math.max(...appendixSheets);
    expect(printedRange(text, 'Report of Activity at Harrow Chief Executives')).toEqual([
      footerOf(pack, 'HCE-MARKER Summary'),
      footerNumber(pack.pages[lastSheet - 1] ?? ''),
    ]);
  });

  it('starts every part on an odd page and puts the blank-page notice only on even pages', () => {
    const partStarts = [
      'MINUTES-MARKER',
      'LO-REPORT-MARKER',
      'DOCX-REPORT-MARKER Summary',
      'HCE-MARKER Summary',
    ];
    for (const marker of partStarts) expect(sheetOf(pack, marker) % 2, marker).toBe(1);
    const noticeSheets = pack.pages.flatMap((page, index) =>
      page.includes(blankPageNotice) ? [index + 1] : [],
    );
    expect(noticeSheets.length).toBeGreaterThan(0);
    for (const sheet of noticeSheets) {
      expect(sheet % 2, `notice on sheet ${sheet}`).toBe(0);
      expect(
        pack.pages[sheet - 1]
          ?.replace(blankPageNotice, '')
          .replace(/Page \d+/, '')
          .trim(),
      ).toBe('');
    }
  });

  it("numbers the papers' pages 1, 2, 3... in the footer, through the whole pack", () => {
    const firstPaperSheet = sheetOf(pack, 'MINUTES-MARKER');
    const numbers = pack.pages.slice(firstPaperSheet - 1).map(footerNumber);
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    expect(firstPaperSheet % 2).toBe(1);
  });

  it("merges the reports as real content: lists restarted per report, tables, pictures, no report's own header or footer", async () => {
    expect(text).toContain('1. Welcome the partnership initiatives developed over the last year.');
    expect(text).toContain('3. Note the crime priorities for 2013-14.');
    expect(text).toContain('Residential burglary');
    expect(text).toMatch(/Crime type\s+2011-12\s+2012-13 Burglary\s+1,820\s+1,610/);
    expect(text).toMatch(
      /DOCX-REPORT-MARKER Summary of the report\. Recommendations 1\. Note the progress made\./,
    );
    expect(text).toMatch(/HCE-MARKER Summary of the report\. Recommendations 1\. Note the progress made\./);
    expect(text).toMatch(/Referrals seen in 24 hours\s+95%\s+97%/);
    expect(text).not.toContain('REPORT OWN HEADER');
    expect(text).not.toContain('REPORT OWN FOOTER');
    expect(text).not.toContain('CHAMBER-MERGE');
    const pictures = await picturesByPage(pack.pdfPath);
    const total = [...pictures.values()].reduce((sum, widths) => sum + widths.length, 0);
    // One chart in each of the three reports, and the two pages of the PDF appendix.
    expect(total).toBe(5);
    expect(await countPdfImages(pack.pdfPath)).toBeGreaterThanOrEqual(5);
  });
});

describe('a pack whose papers are all To Follow', () => {
  it('still prints the agenda, with nothing after it', async () => {
    const record = seed004Record();
    const { bytes } = await buildAgendaPack(
      { record, documentContents: {} },
      { audience: 'public', edition: 'agenda' },
    );
    const pack = await renderDocx(bytes, 'empty-pack.docx');
    expect(pack.flatText).toContain('AGENDA - PUBLIC');
    expect(pack.pageCount % 2).toBe(0);
  });
});
