import { describe, expect, it } from 'vitest';
import { renderDocx } from '../documents/support/libreoffice';
import type { RenderedDocument } from '../documents/support/libreoffice';
import { footerNumber, footerOf, picturesByPage, printedRange } from '../documents/agenda-pack/support/pages';
import { openChamber, type Chamber } from './support/browser';
import { keepStatusTexts } from './support/status-texts';
import {
  addItem,
  attachReport,
  download,
  keyCommitteeAndMeeting,
  pdfReport,
  report,
  screenshot,
} from './documents-support';

let open: Chamber | undefined;

describe('a clerk prints the agenda packs from the Papers tab', () => {
  it('builds the public pack without the Part B report, with page ranges, and the private pack with it', async () => {
    open = await openChamber();
    const { page } = open;
    await keyCommitteeAndMeeting(page);

    const publicItem = await addItem(page, 'Street Trading Policy', 'Report of the Licensing Manager.');
    await attachReport(page, publicItem, 'street-trading.docx', await report('STREET-TRADING-REPORT', 3));
    const exemptItem = await addItem(
      page,
      'Premises Licence Debt',
      'Confidential report of the Treasurer.',
      true,
    );
    await attachReport(page, exemptItem, 'premises-debt.docx', await report('PREMISES-DEBT-SECRET', 2));

    await page.getByRole('tab', { name: 'Papers' }).click();
    await page.getByRole('button', { name: 'Save private agenda pack (.docx)' }).waitFor();
    await screenshot(page, 'papers-tab');

    // The public pack: built in the worker with a progress bar, then downloaded.
    const publicPack = await download(page, 'Save agenda pack (.docx)', 'public-pack.docx');
    await page
      .getByRole('group', { name: 'Agenda pack' })
      .getByText(/^Saved: /)
      .waitFor();
    const rendered = await renderDocx(publicPack, 'public-pack.docx');
    expect(rendered.flatText).toContain('AGENDA - PUBLIC');
    expect(rendered.flatText).toContain('Body text of page 2 of the STREET-TRADING-REPORT report.');
    expect(printedRange(rendered.flatText, 'Street Trading Policy')).toEqual([
      footerOf(rendered, 'STREET-TRADING-REPORT page 1'),
      footerOf(rendered, 'STREET-TRADING-REPORT page 3'),
    ]);
    // Part B is listed by title and paragraph only; nothing of its report or description is printed.
    expect(rendered.flatText).toContain('Premises Licence Debt');
    expect(rendered.flatText).not.toContain('PREMISES-DEBT-SECRET');
    expect(rendered.flatText).not.toContain('Confidential report of the Treasurer');
    expect(Buffer.from(publicPack).includes('PREMISES-DEBT-SECRET')).toBe(false);

    // The members' private pack carries the exempt report, marked.
    const privatePack = await download(
      page,
      'Save private agenda pack (.docx)',
      'private-pack.docx',
      'papers-tab-building',
    );
    const secret = await renderDocx(privatePack, 'private-pack.docx');
    expect(secret.flatText).toContain('NOT FOR PUBLICATION');
    expect(secret.flatText).toContain('Body text of page 2 of the PREMISES-DEBT-SECRET report.');
    expect(printedRange(secret.flatText, 'Premises Licence Debt')).toEqual([
      footerOf(secret, 'PREMISES-DEBT-SECRET page 1'),
      footerOf(secret, 'PREMISES-DEBT-SECRET page 2'),
    ]);
    const exemptPages = secret.pages.filter((text) => text.includes('PREMISES-DEBT-SECRET'));
    expect(exemptPages.every((text) => text.includes('NOT FOR PUBLICATION'))).toBe(true);
  });

  it('puts PDF reports into both packs as their pages, with every page range where LibreOffice prints the paper', async () => {
    open = await openChamber();
    const { page } = open;
    await keyCommitteeAndMeeting(page);
    // Real PDFs, made by LibreOffice from text, a table and a picture on each page, beside Word reports.
    const papers = [
      { title: 'Taxi Licensing Fees', file: 'taxi-fees.pdf', pages: 3, partB: false },
      { title: 'Street Trading Policy', file: 'street-trading.docx', pages: 2, partB: false },
      { title: 'Licensing Enforcement Update', file: 'enforcement.pdf', pages: 2, partB: false },
      { title: 'Premises Licence Debt', file: 'premises-debt.pdf', pages: 3, partB: true },
      { title: 'Gambling Statement', file: 'gambling.docx', pages: 3, partB: false },
    ];
    for (const paper of papers) {
      const number = await addItem(page, paper.title, `Report on ${paper.title}.`, paper.partB);
      const marker = paper.title.toUpperCase().replace(/\s+/g, '-');
      const bytes = paper.file.endsWith('.pdf')
        ? await pdfReport(marker, paper.pages)
        : await report(marker, paper.pages);
      await attachReport(page, number, paper.file, bytes);
    }
    await page.getByRole('tab', { name: 'Papers' }).click();

    // Progress names each PDF paper while its pages are drawn (kept as shown: a step can pass in a tenth of a
    // second, quicker than a locator looks again on a busy machine).
    const shown = await keepStatusTexts(page);
    const publicPack = await renderDocx(
      await download(page, 'Save agenda pack (.docx)', 'pdf-public-pack.docx'),
      'pdf-public-pack.docx',
    );
    expect(await shown()).toContainEqual(
      expect.stringMatching(/Drawing PDF pages "taxi-fees\.pdf" \(item \d+\)/),
    );
    expectRanges(
      publicPack,
      await pdfSheets(publicPack),
      papers.filter((paper) => !paper.partB),
    );
    expect(publicPack.flatText).not.toContain('PREMISES-LICENCE-DEBT');

    const privateBytes = await download(page, 'Save private agenda pack (.docx)', 'pdf-private-pack.docx');
    const privatePack = await renderDocx(privateBytes, 'pdf-private-pack.docx');
    expectRanges(privatePack, await pdfSheets(privatePack), papers);
  });
});

type PaperOnAgenda = { title: string; file: string; pages: number };

/** Sheets (1-based) that carry a PDF page: a picture as wide as a page drawn at print resolution. */
async function pdfSheets(rendered: RenderedDocument): Promise<number[]> {
  const pictures = await picturesByPage(rendered.pdfPath);
  return [...pictures]
    .filter(([, widths]) => widths.some((width) => width > 1000))
    .map(([sheet]) => sheet)
    .sort((a, b) => a - b);
}

/**
 * Every paper's "(Pages X - Y)" against the footer numbers of the pages where LibreOffice printed its first and
 * last page: a Word report found by the markers on its pages, a PDF by its pages' pictures, in agenda order.
 */
function expectRanges(rendered: RenderedDocument, sheets: number[], papers: PaperOnAgenda[]): void {
  const pdfPages = papers.filter((paper) => paper.file.endsWith('.pdf'));
  expect(sheets).toHaveLength(pdfPages.reduce((sum, paper) => sum + paper.pages, 0));
  let next = 0;
  for (const paper of papers) {
    const marker = paper.title.toUpperCase().replace(/\s+/g, '-');
    let where: [number | undefined, number | undefined];
    if (paper.file.endsWith('.pdf')) {
      const own = sheets.slice(next, next + paper.pages);
      next += paper.pages;
      // A PDF's pages follow one another, with no blank page among them.
      expect(own.at(-1)! - own[0]!, paper.title).toBe(paper.pages - 1);
      where = [
        footerNumber(rendered.pages[own[0]! - 1] ?? ''),
        footerNumber(rendered.pages[own.at(-1)! - 1] ?? ''),
      ];
    } else {
      where = [footerOf(rendered, `${marker} page 1`), footerOf(rendered, `${marker} page ${paper.pages}`)];
    }
    expect(printedRange(rendered.flatText, paper.title), paper.title).toEqual(where);
  }
}
