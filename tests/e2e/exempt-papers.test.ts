import { describe, expect, it } from 'vitest';
import { flatten, renderDocx } from '../documents/support/libreoffice';
import { footerNumber, footerOf, printedRange } from '../documents/agenda-pack/support/pages';
import { openChamber, type Chamber } from './support/browser';
import {
  addItem,
  attachReport,
  download,
  keyCommitteeAndMeeting,
  report,
  screenshot,
} from './documents-support';

let open: Chamber | undefined;

const withheldLine =
  '“tender-prices.docx” (item {item}) is not for publication: it contains exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972';

describe('a public report with an exempt appendix (issue #22)', () => {
  it('gives a public pack without the appendix, saying what was withheld, and a private pack with it, marked', async () => {
    open = await openChamber();
    const { page } = open;
    await keyCommitteeAndMeeting(page);
    const item = await addItem(page, 'Home Care Re-tender', 'Report of the Director of Adult Services.');
    await attachReport(page, item, 'home-care.docx', await report('HOME-CARE-REPORT', 3));
    // The item's details are open now: the appendix is attached beside the report.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: `Attach .docx or .pdf to item ${item}` }).click(),
    ]);
    const appendix = await report('EXEMPT-TENDER-PRICES', 2);
    await chooser.setFiles({
      name: 'tender-prices.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(appendix),
    });

    // The appendix is made exempt deliberately: the dialog asks for the paragraph and reason, and says which
    // public documents change.
    const papers = page.getByRole('table', { name: `Papers for item ${item}` });
    await expect
      .poll(() => papers.getByRole('row', { name: /tender-prices\.docx/ }).textContent())
      .toContain('Public');
    await papers.getByRole('button', { name: 'Status of tender-prices.docx' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Status of “tender-prices.docx”' });
    await dialog.getByRole('radio', { name: /^Exempt/ }).check();
    await dialog.getByRole('button', { name: 'Make it exempt' }).click();
    await dialog.getByText('Choose the paragraph of Schedule 12A that makes this paper exempt.').waitFor();
    await dialog.getByLabel('Schedule 12A paragraph').selectOption({ value: '3' });
    await dialog
      .getByLabel('Public-interest reason')
      .fill('The bidders’ prices would prejudice the re-tender.');
    await expect
      .poll(() => dialog.textContent())
      .toContain(
        'This changes the public agenda pack, the agenda and minutes document and the published web pages.',
      );
    await screenshot(page, 'exempt-paper-dialog');
    await dialog.getByRole('button', { name: 'Make it exempt' }).click();
    await dialog.waitFor({ state: 'detached' });
    await papers
      .getByRole('row', { name: /tender-prices\.docx/ })
      .getByText('Exempt, paragraph 3')
      .waitFor();
    await page
      .getByRole('region', { name: `Changes to what is exempt in item ${item}` })
      .getByText('“tender-prices.docx” changed from public to exempt under paragraph 3.')
      .waitFor();
    await screenshot(page, 'exempt-paper-item');

    await page.getByRole('tab', { name: 'Papers' }).click();
    const publicBytes = await download(page, 'Save agenda pack (.docx)', 'exempt-appendix-public-pack.docx');
    expect(Buffer.from(publicBytes).includes('EXEMPT-TENDER-PRICES')).toBe(false);
    const publicPack = await renderDocx(publicBytes, 'exempt-appendix-public-pack.docx');
    expect(publicPack.flatText).toContain('HOME-CARE-REPORT page 3');
    expect(publicPack.flatText).not.toContain('EXEMPT-TENDER-PRICES');
    const line = withheldLine.replace('{item}', item);
    expect(publicPack.flatText).toContain(line);
    expect(printedRange(publicPack.flatText, 'Home Care Re-tender')).toEqual([
      footerOf(publicPack, 'HOME-CARE-REPORT page 1'),
      footerOf(publicPack, 'is not for publication: it contains exempt information'),
    ]);

    const privateBytes = await download(
      page,
      'Save private agenda pack (.docx)',
      'exempt-appendix-private-pack.docx',
    );
    const privatePack = await renderDocx(privateBytes, 'exempt-appendix-private-pack.docx');
    expect(privatePack.flatText).not.toContain(line);
    const appendixPages = privatePack.pages.filter((text) => text.includes('EXEMPT-TENDER-PRICES'));
    expect(appendixPages).toHaveLength(2);
    const marking = 'NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A';
    expect(appendixPages.every((text) => flatten(text).includes(marking))).toBe(true);
    // The public report's own pages are not marked.
    const reportPages = privatePack.pages.filter((text) => text.includes('HOME-CARE-REPORT'));
    expect(reportPages.some((text) => flatten(text).includes(marking))).toBe(false);
    expect(printedRange(privatePack.flatText, 'Home Care Re-tender')).toEqual([
      footerOf(privatePack, 'HOME-CARE-REPORT page 1'),
      footerNumber(appendixPages.at(-1) ?? ''),
    ]);
  });
});
