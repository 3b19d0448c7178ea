import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../documents/support/libreoffice';
import { openChamber, type Chamber } from './support/browser';
import { keyHarboursideMeeting } from './support/harbourside';

let open: Chamber | undefined;

describe('a committee that numbers its minutes 0654/13', () => {
  it('sets the format on the committee form, minutes two items out of agenda order, and saves the minutes', async () => {
    open = await openChamber();
    const { page } = open;

    await keyHarboursideMeeting(page);
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
