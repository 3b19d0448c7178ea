import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../documents/support/libreoffice';
import { openChamber, type Chamber } from './support/browser';
import { focused } from './support/focus';
import { keyHarboursideMeeting } from './support/harbourside';
import { poll } from './support/wait';

let open: Chamber | undefined;

describe('minute sections as councils number them', () => {
  it('keeps a presentation unnumbered, shows and prints 0654/13, and makes a resolution from a phrase', async () => {
    open = await openChamber();
    const { page } = open;

    const meetingUrl = await keyHarboursideMeeting(page);
    const agenda = page.getByRole('list', { name: 'Agenda' });
    for (const title of ['Presentation: Harbour Watch', 'Taxi Licensing Fees']) {
      await page.getByLabel('Item title').fill(title);
      await page.getByRole('button', { name: 'Add item' }).click();
      await poll(() => agenda.textContent()).toContain(title);
    }
    const numberOf = async (title: string) =>
      new RegExp(`(\\d+)\\.${title}`).exec((await agenda.textContent()) ?? '')?.[1];
    const presentationNumber = await numberOf('Presentation: Harbour Watch');
    const taxiBefore = Number(await numberOf('Taxi Licensing Fees'));

    // The presentation is an unnumbered section: the clerk switches it on from the keyboard and saves.
    await page.getByRole('button', { name: `Details of item ${presentationNumber}` }).click();
    const unnumbered = page.getByRole('switch', {
      name: 'Unnumbered section (presentation, announcements, preamble)',
    });
    await unnumbered.focus();
    await poll(() => unnumbered.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await poll(() => unnumbered.isChecked()).toBe(true);
    await page.getByRole('button', { name: `Save item ${presentationNumber}` }).press('Enter');
    await page.getByRole('listitem', { name: 'Unnumbered section: Presentation: Harbour Watch' }).waitFor();
    // The items after it carry on: Taxi Licensing Fees takes the presentation's old number.
    const taxi = String(taxiBefore - 1);
    await poll(() => numberOf('Taxi Licensing Fees')).toBe(taxi);
    expect(await numberOf('Presentation: Harbour Watch')).toBeUndefined();

    // Live: the presentation is minuted without a number, the fees report as 0654/13, resolved by Alt+1.
    await page.getByRole('button', { name: 'Go into the meeting' }).press('Enter');
    const rail = page.getByRole('navigation', { name: 'Agenda' });
    await rail.getByRole('button', { name: /Presentation: Harbour Watch/ }).click();
    await page.getByText('Unnumbered section · not taken yet').waitFor();
    await page.keyboard.press('Alt+T');
    await poll(() => focused(page)).toBe('Unnumbered minute: Presentation: Harbour Watch');
    await page.keyboard.type('The Committee received a presentation from Harbour Watch.');
    await page.getByText('Unnumbered section · minuted without a number').waitFor();

    await rail.getByRole('button', { name: /Taxi Licensing Fees/ }).click();
    await page.getByText(`Item ${taxi} · not taken yet`).waitFor();
    await page.keyboard.press('Alt+T');
    await poll(() => focused(page)).toBe('Minute 0654/13: Taxi Licensing Fees');
    await page.keyboard.type('The Committee considered the fees for 2013/14.');
    await page.getByText(`Item ${taxi} · Minute 0654/13.`).waitFor();
    await poll(() => rail.textContent()).toContain('Minute 0654/13');
    await page.keyboard.press('Alt+1');
    const resolution = page.getByRole('textbox', { name: 'Resolution for Taxi Licensing Fees' });
    await poll(() => resolution.inputValue()).toBe('That the report be noted.');
    await poll(() => page.getByLabel('Resolution as it will print').textContent()).toBe(
      'RESOLVED: That the report be noted.',
    );
    // The phrase made the resolution; the minute's own text is as the clerk typed it.
    await poll(() =>
      page.getByRole('textbox', { name: 'Minute 0654/13: Taxi Licensing Fees' }).textContent(),
    ).toBe('The Committee considered the fees for 2013/14.');

    // The Minutes tab shows the number the minutes print, and the Word minutes print it.
    await page.goto(meetingUrl);
    await page.getByRole('tab', { name: 'Minutes' }).click();
    await page.getByText('Minute 0654/13. (Agenda item').first().waitFor();
    await page.getByText('Unnumbered section: its minute has no number.').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save minutes (.docx)' }).click(),
    ]);
    const bytes = await readFile((await download.path()) ?? '');
    await mkdir('.test-results', { recursive: true });
    await writeFile('.test-results/minute-sections.docx', bytes);
    const { flatText } = await renderDocx(bytes, 'minute-sections.docx');
    expect(flatText).toContain(
      `0654/13 Taxi Licensing Fees (Agenda item ${taxi}) The Committee considered the fees for 2013/14. RESOLVED: That the report be noted.`,
    );
    expect(flatText).toContain(
      'Presentation: Harbour Watch The Committee received a presentation from Harbour Watch.',
    );
    expect(flatText).not.toMatch(/\d+\/13 Presentation/);
    expect(flatText).not.toMatch(/(?<![\d/])654/);
  });
});
