import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../documents/support/libreoffice';
import { appUrl, openChamber, type Chamber } from './support/browser';
import { download, screenshot } from './documents-support';
import { copyPublishedFolder, withPickableFolder } from './publishing-support';
import { poll } from './support/wait';

let open: Chamber | undefined;

describe('a clerk plans a key decision months ahead, before it is on any agenda', () => {
  it('adds it to the forward plan by keyboard, and it prints in the Word plan and the published page', async () => {
    open = await openChamber();
    await withPickableFolder(open);
    const { page } = open;
    await page.clock.setFixedTime(new Date('2026-02-02T10:00:00'));
    await page.goto(appUrl(''));
    await page.getByRole('link', { name: 'Forward plan' }).click();
    await page.getByRole('button', { name: 'Add a key decision not yet on an agenda' }).click();
    const form = page.getByRole('form', { name: 'Add a key decision to the plan' });
    const matter = form.getByRole('textbox', { name: /^Matter/ });
    await matter.focus();
    await poll(() => matter.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('Sale of the Northgate depot');
    await form.getByRole('textbox', { name: /^Decision maker/ }).fill('Cabinet Member for Resources');
    // The date field holds only real days; left empty, the message says what to give.
    await form.getByRole('button', { name: 'Add to the plan' }).click();
    await form.getByText('Give the day the decision is expected.').waitFor();
    await form.getByLabel(/Expected date/).fill('2026-02-18');
    await form.getByRole('checkbox', { name: /taken in private/ }).check();
    await form.getByRole('combobox', { name: /Schedule 12A paragraph/ }).selectOption('3');
    await form
      .getByRole('textbox', { name: /public interest in keeping it private/ })
      .fill('Disclosure would prejudice the council in negotiating the sale.');
    await form.getByRole('button', { name: 'Add to the plan' }).click();
    const row = page
      .getByRole('table', { name: 'Key decisions' })
      .getByRole('row', { name: /Northgate depot/ });
    await poll(() => row.innerText()).toContain('Less than 28 clear days’ notice (15)');
    await poll(() => row.innerText()).toContain('Private: Exempt information under paragraph 3');
    await screenshot(page, 'forward-plan-entry');

    const planDocx = await download(page, 'Save the forward plan (.docx)', 'forward-plan-entry.docx');
    const planText = (await renderDocx(planDocx, 'forward-plan-entry.docx')).flatText;
    // A table's cells wrap: LibreOffice's text runs their lines together, row by row.
    expect(planText).toMatch(/Sale of the Northgate .*depot/);
    expect(planText).toMatch(/Cabinet Member .*for Resources/);
    expect(planText).toMatch(/paragraph 3 of Part 1 of .*Schedule 12A/);
    expect(planText).toContain('Disclosure would prejudice the council in negotiating the sale.');
    expect(planText).toMatch(/Less than 28 clear days’ .*notice \(15\)/);

    await page.getByRole('link', { name: 'Publishing', exact: true }).click();
    await page.getByRole('button', { name: 'Publish everything changed since the last publication' }).click();
    await page.getByText(/^Published to “published”: \d+ files written, \d+ unchanged\.$/).waitFor();
    const published = await copyPublishedFolder(page);
    const html = await readFile(join(published.where, 'forward-plan.html'), 'utf8');
    expect(html).toContain('<h2>Sale of the Northgate depot</h2>');
    expect(html).toContain('Disclosure would prejudice the council in negotiating the sale.');
    expect(html).toContain('Less than 28 clear days’ notice (15)');
  });
});
