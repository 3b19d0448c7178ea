import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { blankPageNotice, buildAgendaPack } from '../../../renderer/documents/agenda-pack';
import { renderDocx } from '../support/libreoffice';
import { footerNumber, footerOf, picturesByPage, printedRange, sheetOf } from './support/pages';
import { renderPdfInNode } from './support/pdf-reader';
import {
  agendaPackTemplate,
  closingMarker,
  letterheadMarker,
  templateFooterMarker,
} from './support/pack-template';
import { exemptMarker, seed004PackData } from './support/seed-004-pack';
import { seed004Record } from './support/seed-004';

describe("an agenda pack in the organisation's own template, printed through LibreOffice", async () => {
  const data = { ...(await seed004PackData(true)), template: await agendaPackTemplate() };
  const built = await buildAgendaPack(data, {
    audience: 'private',
    edition: 'agenda',
    renderPdf: renderPdfInNode,
  });
  const pack = await renderDocx(built.bytes, 'templated-pack.docx');
  const firstPaper = sheetOf(pack, 'MINUTES-MARKER');
  const frontPages = pack.pages.slice(0, firstPaper - 1);
  const paperPages = pack.pages.slice(firstPaper - 1);

  it('puts the letterhead, its filled placeholders and its own text round the front sheet and agenda', () => {
    expect(frontPages[0]).toContain(`${letterheadMarker} Harrow Council: Agenda`);
    expect(frontPages[0]).toContain('Civic Centre, Station Road, Harrow HA1 2XY');
    expect(frontPages[0]).toContain(
      'TEMPLATE-BODY Harrow Partnership Board, Wednesday 13 March 2013 at 6.00 pm',
    );
    expect(frontPages[0]).toContain('HARROW PARTNERSHIP BOARD MEETING');
    const front = frontPages.join('\n').replace(/\s+/g, ' ');
    expect(front.indexOf(closingMarker)).toBeGreaterThan(front.indexOf('AGENDA - PRIVATE'));
    for (const page of frontPages.filter((text) => !text.includes(blankPageNotice))) {
      expect(page).toContain(letterheadMarker);
      expect(page).toContain(`${templateFooterMarker} Contact vishal.seegoolam@harrow.gov.uk`);
    }
    expect(pack.flatText).not.toContain('{{');
    expect(pack.flatText).not.toContain('CHAMBER-TEMPLATE');
  });

  it("leaves the front sheet's fonts to the template's styles, and prints the logo from its header", async () => {
    const parts = unzipSync(built.bytes);
    const documentXml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    const frontXml = documentXml.slice(0, documentXml.indexOf('<w:sectPr'));
    expect(frontXml).toContain('HARROW PARTNERSHIP BOARD MEETING');
    expect(frontXml).not.toContain('<w:rFonts');
    expect(strFromU8(parts['word/styles.xml'] ?? new Uint8Array())).toMatch(
      /<w:docDefaults>[\s\S]*Liberation Serif[\s\S]*<\/w:docDefaults>/,
    );
    const pictures = await picturesByPage(pack.pdfPath);
    expect(pictures.get(1)?.length).toBe(1);
  });

  it("keeps the pack's own numbered footer on the papers, without the template's header or footer", () => {
    expect(paperPages.map(footerNumber)).toEqual(paperPages.map((_, index) => index + 1));
    for (const page of paperPages) {
      expect(page).not.toContain(letterheadMarker);
      expect(page).not.toContain(templateFooterMarker);
    }
  });

  it('prints every "(Pages X - Y)" as LibreOffice lays the papers out', async () => {
    expect(printedRange(pack.flatText, 'Minutes')).toEqual([
      footerOf(pack, 'MINUTES-MARKER'),
      footerOf(pack, 'EXEMPT-MINUTES-MARKER'),
    ]);
    expect(printedRange(pack.flatText, 'Safer Harrow - Update')).toEqual([
      footerOf(pack, 'LO-REPORT-MARKER'),
      footerOf(pack, 'End of the Safer Harrow report.'),
    ]);
    const pictures = await picturesByPage(pack.pdfPath);
    const lastAppendixSheet = Math.max(
      ...[...pictures].filter(([, widths]) => widths.some((width) => width > 1000)).map(([sheet]) => sheet),
    );
    expect(printedRange(pack.flatText, 'Report of Activity at Harrow Chief Executives')).toEqual([
      footerOf(pack, 'HCE-MARKER Summary'),
      footerNumber(pack.pages[lastAppendixSheet - 1] ?? ''),
    ]);
    expect(printedRange(pack.flatText, 'CCTV Maintenance Contract')).toEqual([
      footerOf(pack, `${exemptMarker} Summary`),
      footerOf(pack, `${exemptMarker} Body text of page 2.`),
    ]);
  });

  it('starts every part on an odd page, with blank-page notices on even pages only', () => {
    for (const marker of [
      'MINUTES-MARKER',
      'LO-REPORT-MARKER',
      'HCE-MARKER Summary',
      `${exemptMarker} Summary`,
    ])
      expect(sheetOf(pack, marker) % 2, marker).toBe(1);
    const notices = pack.pages.flatMap((page, index) => (page.includes(blankPageNotice) ? [index + 1] : []));
    expect(notices.length).toBeGreaterThan(0);
    for (const sheet of notices) expect(sheet % 2, `notice on sheet ${sheet}`).toBe(0);
  });

  it('keeps the public pack free of every trace of the Part B report, template or not', async () => {
    const publicPack = await buildAgendaPack(data, {
      audience: 'public',
      edition: 'agenda',
      renderPdf: renderPdfInNode,
    });
    for (const [path, bytes] of Object.entries(unzipSync(publicPack.bytes))) {
      const text = strFromU8(bytes, true);
      expect(text.includes('EXEMPT-TENDER-PRICES'), path).toBe(false);
      expect(text.includes('CCTV contract award'), path).toBe(false);
    }
  });
});

describe('a template in a large sans-serif font, which pushes the agenda onto more pages', () => {
  it('still starts every paper on an odd page, with blank-page notices on even pages only', async () => {
    const template = await agendaPackTemplate('{{body}}', { font: 'Liberation Sans', size: 30 });
    const data = { ...(await seed004PackData()), template };
    const built = await buildAgendaPack(data, {
      audience: 'public',
      edition: 'agenda',
      renderPdf: renderPdfInNode,
    });
    const pack = await renderDocx(built.bytes, 'large-template-pack.docx');
    expect(sheetOf(pack, 'AGENDA - PUBLIC')).toBeGreaterThan(2);
    for (const marker of ['MINUTES-MARKER', 'LO-REPORT-MARKER', 'HCE-MARKER Summary'])
      expect(sheetOf(pack, marker) % 2, marker).toBe(1);
    const notices = pack.pages.flatMap((page, index) => (page.includes(blankPageNotice) ? [index + 1] : []));
    for (const sheet of notices) expect(sheet % 2, `notice on sheet ${sheet}`).toBe(0);
    expect(printedRange(pack.flatText, 'Minutes')).toEqual([
      footerOf(pack, 'MINUTES-MARKER'),
      footerOf(pack, '103. Minute 3:'),
    ]);
  });
});

describe('a template the pack cannot use', () => {
  it('is refused with the problem named', async () => {
    const record = seed004Record();
    const broken = await agendaPackTemplate('{{body}} and {{comittee}}');
    await expect(
      buildAgendaPack(
        { record, documentContents: {}, template: broken },
        { audience: 'public', edition: 'agenda' },
      ),
    ).rejects.toThrow(/\{\{comittee\}\}/);
  });
});
