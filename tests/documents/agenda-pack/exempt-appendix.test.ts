import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildAgendaPack, notForPublicationText } from '../../../renderer/documents/agenda-pack';
import { attachedDocument } from './support/seed-004';
import { flatten, renderDocx } from '../support/libreoffice';
import { renderPdfInNode } from './support/pdf-reader';
import { footerNumber, footerOf, printedRange, sheetOf } from './support/pages';
import { docxReport } from './support/reports';
import { seed004PackData } from './support/seed-004-pack';

const childsJourney = "The Child's Journey. How Much? How Well? What Difference?";
const appendixMarker = 'EXEMPT-APPENDIX-MARKER Tender from Northgate Care 1,204,000 pounds';

/** Seed 004 with a public report (item 6) carrying an exempt appendix of tender prices (paragraph 3). */
async function withExemptAppendix() {
  const data = await seed004PackData();
  const appendix = attachedDocument('6', 'Appendix 1: Tender prices', 'docx', 1, {
    exempt: true,
    exemptParagraph: 3,
    publicInterestReason: 'The prices would prejudice the re-tender.',
  });
  data.record.documents.push(appendix);
  // The builder is given the bytes here to show it never uses them for the public pack.
  data.documentContents[appendix.id] = await docxReport('Tender prices', appendixMarker, 2);
  return data;
}

describe('an exempt appendix of a public report', async () => {
  const data = await withExemptAppendix();
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

  it('is withheld from the public pack, which says what was withheld and under which paragraph', async () => {
    for (const [path, bytes] of Object.entries(unzipSync(publicPack.bytes))) {
      expect(strFromU8(bytes, true).includes('EXEMPT-APPENDIX-MARKER'), path).toBe(false);
    }
    const pack = await renderDocx(publicPack.bytes, 'public-pack-exempt-appendix.docx');
    const withheld =
      '“Appendix 1: Tender prices” (item 6) is not for publication: it contains exempt information under paragraph 3 of Part 1 of Schedule 12A';
    expect(pack.flatText).toContain(withheld);
    expect(pack.flatText).toContain('DOCX-REPORT-MARKER');
    // The item's range runs from its public report to the page standing for the appendix, each where it prints.
    expect(printedRange(pack.flatText, childsJourney)).toEqual([
      footerOf(pack, 'DOCX-REPORT-MARKER Summary'),
      footerOf(pack, 'is not for publication: it contains exempt information'),
    ]);
    expect(sheetOf(pack, 'is not for publication: it contains exempt information') % 2).toBe(1);
    // Nothing of the public pack is marked as exempt.
    expect(pack.flatText).not.toContain(notForPublicationText(3));
  });

  it('is in the private pack with every page of it marked, and only its pages', async () => {
    const pack = await renderDocx(privatePack.bytes, 'private-pack-exempt-appendix.docx');
    expect(pack.flatText).toContain(appendixMarker);
    const appendixSheets = pack.pages.flatMap((page, index) =>
      page.includes('EXEMPT-APPENDIX-MARKER') ? [index + 1] : [],
    );
    expect(appendixSheets).toHaveLength(2);
    const marked = pack.pages.flatMap((page, index) =>
      flatten(page).includes(notForPublicationText(3)) ? [index + 1] : [],
    );
    expect(marked).toEqual(appendixSheets);
    expect(printedRange(pack.flatText, childsJourney)).toEqual([
      footerOf(pack, 'DOCX-REPORT-MARKER Summary'),
      footerNumber(pack.pages[(appendixSheets.at(-1) ?? 0) - 1] ?? ''),
    ]);
  });

  it('is marked in the council’s own words when it has set them', async () => {
    const worded = await withExemptAppendix();
    Object.assign(worded.record.organisation, {
      exemptPageHeader: 'CONFIDENTIAL - paragraph {paragraph} - members only',
      withheldPaperLine: 'Withheld from the public: {paper}, paragraph {paragraph}.',
      exemptFrontSheet: 'MEMBERS ONLY PACK',
    });
    const [publicWorded, privateWorded] = await Promise.all(
      (['public', 'private'] as const).map(async (audience) =>
        renderDocx(
          (await buildAgendaPack(worded, { audience, edition: 'agenda', renderPdf: renderPdfInNode })).bytes,
          `${audience}-pack-worded.docx`,
        ),
      ),
    );
    expect(publicWorded?.flatText).toContain(
      'Withheld from the public: “Appendix 1: Tender prices”, paragraph 3.',
    );
    expect(privateWorded?.flatText).toContain('MEMBERS ONLY PACK');
    expect(
      flatten(privateWorded?.pages[sheetOf(privateWorded, 'EXEMPT-APPENDIX-MARKER') - 1] ?? ''),
    ).toContain('CONFIDENTIAL - paragraph 3 - members only');
  });
});
