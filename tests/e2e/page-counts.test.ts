import { describe, expect, it } from 'vitest';
import { openChamber } from './support/browser';
import { addItem, attachReport, keyCommitteeAndMeeting, report, screenshot } from './documents-support';

describe('printed page counts on the Papers tab', () => {
  it('counts a Word paper that records no count in a worker, off the clerk’s page, and keeps a corrected count', async () => {
    const { page } = await openChamber();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await keyCommitteeAndMeeting(page);
    const number = await addItem(page, 'Street Trading Policy', 'Report of the Licensing Manager.');
    // Made by a program, as Chamber's own papers are: the file says nothing of its pages, so Chamber estimates.
    await attachReport(page, number, 'street-trading.docx', await report('Street trading', 3));

    await page.getByRole('tab', { name: 'Papers' }).click();
    const label = `Printed pages of “street-trading.docx” (item ${number})`;
    const row = page.getByRole('group', { name: label });
    await row.getByText('Estimated', { exact: true }).waitFor({ timeout: 60_000 });
    expect(await row.getByRole('spinbutton', { name: label }).inputValue()).toBe('3');
    // The estimate was made by the paper-pages worker, not on the page's thread that draws the screen.
    expect(workers.some((url) => /paper-pages/.test(url))).toBe(true);
    await screenshot(page, 'papers-page-counts');

    await row.getByRole('spinbutton', { name: label }).fill('4');
    await row.getByRole('button', { name: 'Save count' }).click();
    await page
      .getByRole('group', { name: label })
      .getByText('Counted when attached, or entered here.')
      .waitFor({ timeout: 60_000 });
    expect(
      await page.getByRole('group', { name: label }).getByText('Estimated', { exact: true }).count(),
    ).toBe(0);

    // A fresh start of the page: the clerk's count is shown as it was stored.
    await page.reload();
    await page.getByRole('tab', { name: 'Papers' }).click();
    const again = page.getByRole('group', { name: label });
    await again.getByText('Counted when attached, or entered here.').waitFor({ timeout: 60_000 });
    expect(await again.getByRole('spinbutton', { name: label }).inputValue()).toBe('4');
  });
});
