import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../documents/support/libreoffice';
import { openChamber, type Chamber } from './support/browser';

let open: Chamber | undefined;

describe('a committee that numbers its minutes 0654/13', () => {
  it('sets the format on the committee form, minutes two items out of agenda order, and saves the minutes', async () => {
    open = await openChamber();
    const { page } = open;
    const heading = () => page.getByRole('heading', { level: 1 }).textContent();

    await page.getByRole('button', { name: 'New committee' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Harbourside Licensing Committee');
    await page.getByLabel('Type').selectOption({ label: 'Committee' });
    await page.getByLabel('Title (member 1)').fill('Councillor');
    await page.getByRole('combobox', { name: 'Name (member 1)' }).fill('Ada Brown');
    await page.getByLabel('Role (member 1)').selectOption({ label: 'Chair' });
    await page.getByRole('button', { name: 'Save committee' }).click();
    await expect.poll(heading).toBe('Harbourside Licensing Committee');

    // The clerk carries on from the paper minutes: the next is 0654, and the leading zero is kept.
    await page.getByRole('button', { name: 'Edit committee' }).click();
    await page.getByLabel('Number of the next minute (before any are recorded here)').fill('0654');
    await page.getByLabel('Year after the number').selectOption({ value: 'slashYY' });
    await page.getByLabel('After the number', { exact: true }).fill('');
    await page
      .getByLabel('Print “(Agenda item N)” under a minute whose number differs from its agenda number')
      .check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(heading).toBe('Harbourside Licensing Committee');

    await page.getByLabel('Date').fill('2013-03-13');
    await page.getByLabel('Start time').fill('18:00');
    await page.getByLabel('Venue').fill('Council Chamber');
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await expect.poll(heading).toBe('Harbourside Licensing Committee: Wednesday 13 March 2013');
    await page.getByLabel('Item title').fill('Taxi Licensing Fees');
    await page.getByRole('button', { name: 'Add item' }).click();
    const agenda = page.getByRole('list', { name: 'Agenda' });
    await expect.poll(() => agenda.textContent()).toContain('Taxi Licensing Fees');
    const taxi = /(\d+)\.Taxi Licensing Fees/.exec((await agenda.textContent()) ?? '')?.[1];

    // The Chair takes the fees report first, then the apologies (item 1).
    await page.getByRole('tab', { name: 'Minutes' }).click();
    await page.getByRole('button', { name: `Take item ${taxi}` }).click();
    await page
      .getByLabel('Minute text for Taxi Licensing Fees')
      .fill('The Committee considered the fees for 2013/14.');
    await page.getByRole('button', { name: 'Take item 1', exact: true }).click();
    await page.getByLabel('Minute text for Apologies for Absence').fill('There were no apologies.');
    await page.waitForTimeout(800);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save minutes (.docx)' }).click(),
    ]);
    const bytes = await readFile((await download.path()) ?? '');
    await mkdir('.test-results', { recursive: true });
    await writeFile('.test-results/minute-number-format.docx', bytes);
    const { flatText } = await renderDocx(bytes, 'minute-number-format.docx');
    expect(flatText).toContain(
      `0654/13 Taxi Licensing Fees (Agenda item ${taxi}) The Committee considered the fees for 2013/14.`,
    );
    expect(flatText).toContain('0655/13 Apologies for Absence (Agenda item 1) There were no apologies.');
    expect(flatText).not.toMatch(/(?<![\d/])654/);
  });
});
