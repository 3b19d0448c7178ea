import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildAgendaPack, notForPublicationText } from '../../../renderer/documents/agenda-pack';
import { flatten, renderDocx } from '../support/libreoffice';
import { renderPdfInNode } from './support/pdf-reader';
import { footerNumber, footerOf, picturesByPage, printedRange, sheetOf } from './support/pages';
import { fixture } from './support/reports';
import {
  exemptMarker,
  exemptMinutesMarker,
  seed004PackData,
  withFamiliesFirstArrived,
} from './support/seed-004-pack';

const contains = (haystack: Uint8Array, needle: Uint8Array): boolean =>
  Buffer.from(haystack).indexOf(Buffer.from(needle)) >= 0;

describe('a Part B report', async () => {
  const data = await seed004PackData(true);
  const publicPack = await buildAgendaPack(data, {
    audience: 'public',
    edition: 'agenda',
    renderPdf: renderPdfInNode,
  });
  const privatePack = await buildAgendaPack(data, {
    audience: 'private',
    edition: 'agenda',
    renderPdf: renderPdfInNode,
  });
  const photo = fixture('exempt-photo.png');

  it('never reaches any part of the public pack: body, headers, footers, properties, relationships, media', () => {
    const parts = unzipSync(publicPack.bytes);
    expect(Object.keys(parts)).toEqual(
      expect.arrayContaining(['word/document.xml', 'docProps/core.xml', 'docProps/app.xml']),
    );
    for (const [path, bytes] of Object.entries(parts)) {
      const text = strFromU8(bytes, true);
      expect(text.includes('EXEMPT-TENDER-PRICES'), path).toBe(false);
      expect(text.includes('Acme Security'), path).toBe(false);
      expect(text.includes('CCTV contract award'), path).toBe(false);
      expect(text.includes('EXEMPT-MINUTES-MARKER'), path).toBe(false);
      expect(text.includes('Bloggs'), path).toBe(false);
      expect(text.includes('confidential minutes'), path).toBe(false);
      expect(contains(bytes, photo), path).toBe(false);
    }
  });

  it('is in the private pack, every page marked NOT FOR PUBLICATION with its paragraph', async () => {
    const parts = unzipSync(privatePack.bytes);
    expect(Object.values(parts).some((bytes) => contains(bytes, photo))).toBe(true);
    const pack = await renderDocx(privatePack.bytes, 'private-pack.docx');
    expect(pack.flatText).toContain(exemptMarker);
    const marked = pack.pages.flatMap((page, index) =>
      flatten(page).includes(notForPublicationText(3)) ? [index + 1] : [],
    );
    const exemptSheets = pack.pages.flatMap((page, index) =>
      page.includes('EXEMPT-TENDER-PRICES') ? [index + 1] : [],
    );
    expect(exemptSheets.length).toBe(2);
    expect(marked).toEqual(expect.arrayContaining(exemptSheets));
    // Marked too: the previous meeting's confidential minutes and their blank back page, nothing else.
    const minutesSheet = sheetOf(pack, 'EXEMPT-MINUTES-MARKER');
    expect(marked.filter((sheet) => sheet < Math.min(...exemptSheets))).toEqual([
      minutesSheet,
      minutesSheet + 1,
    ]);
    expect(pack.flatText).toContain('AGENDA - PRIVATE 11. CCTV Maintenance Contract: (Pages');
    expect(pack.flatText).toContain('Exempt under paragraph 3 of Part 1 of Schedule 12A');
    expect(printedRange(pack.flatText, 'CCTV Maintenance Contract')).toEqual([
      footerOf(pack, `${exemptMarker} Summary`),
      footerOf(pack, `${exemptMarker} Body text of page 2.`),
    ]);
    expect(sheetOf(pack, `${exemptMarker} Summary`) % 2).toBe(1);
  });

  it('is listed in the public agenda by title and paragraph only', async () => {
    const pack = await renderDocx(publicPack.bytes, 'public-pack.docx');
    expect(pack.flatText).toContain(
      'AGENDA - PRIVATE 11. CCTV Maintenance Contract: Exempt under paragraph 3',
    );
    expect(pack.flatText).not.toContain('Report of the Director of Resources');
  });
});

describe("the previous meeting's confidential minutes", async () => {
  const data = await seed004PackData(true);
  const privatePack = await buildAgendaPack(data, {
    audience: 'private',
    edition: 'agenda',
    renderPdf: renderPdfInNode,
  });
  const pack = await renderDocx(privatePack.bytes, 'private-pack-minutes.docx');

  it('follow the public minutes in the private pack, every page marked NOT FOR PUBLICATION', () => {
    const sheets = pack.pages.flatMap((page, index) =>
      page.includes('EXEMPT-MINUTES-MARKER') ? [index + 1] : [],
    );
    expect(sheets).toHaveLength(1);
    const sheet = sheets[0] ?? 0;
    expect(sheet % 2).toBe(1);
    expect(flatten(pack.pages[sheet - 1] ?? '')).toContain(notForPublicationText(3));
    expect(flatten(pack.pages[sheet - 1] ?? '')).toContain(exemptMinutesMarker);
    expect(sheet).toBeGreaterThan(sheetOf(pack, '103. Minute 3:'));
    expect(printedRange(pack.flatText, 'Minutes')).toEqual([
      footerOf(pack, 'MINUTES-MARKER'),
      footerOf(pack, 'EXEMPT-MINUTES-MARKER'),
    ]);
  });

  it("leave the private pack's other page ranges right", async () => {
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
  });
});

describe('the supplementary pack', () => {
  it('carries the report that was To Follow, under its own SUPPLEMENTARY AGENDA front sheet', async () => {
    const data = await withFamiliesFirstArrived(await seed004PackData());
    const { bytes } = await buildAgendaPack(data, {
      audience: 'public',
      edition: 'supplementary',
      renderPdf: renderPdfInNode,
    });
    const pack = await renderDocx(bytes, 'supplementary-pack.docx');
    expect(pack.flatText).toContain('HARROW PARTNERSHIP BOARD MEETING');
    expect(pack.flatText).toContain('SUPPLEMENTARY AGENDA');
    expect(printedRange(pack.flatText, 'Families First Progress Report')).toEqual([
      footerOf(pack, 'FAMILIES-FIRST-MARKER Summary'),
      footerOf(pack, 'FAMILIES-FIRST-MARKER Body text of page 2.'),
    ]);
    expect(pack.flatText).not.toContain('LO-REPORT-MARKER');
    expect(pack.flatText).not.toContain('MINUTES-MARKER');
    expect(pack.flatText).not.toContain('Safer Harrow - Update');
    expect(sheetOf(pack, 'FAMILIES-FIRST-MARKER Summary') % 2).toBe(1);

    const agenda = await buildAgendaPack(data, {
      audience: 'public',
      edition: 'agenda',
      renderPdf: renderPdfInNode,
    });
    expect(strFromU8(unzipSync(agenda.bytes)['word/document.xml'] ?? new Uint8Array())).not.toContain(
      'FAMILIES-FIRST-MARKER',
    );
  });
});
