import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { renderDocx } from '../documents/support/libreoffice';
import { openChamber, type Chamber } from './support/browser';

let open: Chamber | undefined;

async function addMember(
  page: Page,
  index: number,
  title: string,
  name: string,
  role: string,
): Promise<void> {
  if (index > 1) await page.getByRole('button', { name: 'Add member' }).click();
  await page.getByLabel(`Title (member ${index})`).fill(title);
  await page.getByRole('combobox', { name: `Name (member ${index})` }).fill(name);
  await page.getByLabel(`Role (member ${index})`).selectOption({ label: role });
}

describe('a clerk goes from nothing to printed minutes', () => {
  it('creates a committee and meeting, minutes it, keeps it all across restarts, and saves the minutes', async () => {
    open = await openChamber();
    const { page, profile } = open;

    await page.getByRole('button', { name: 'New committee' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Harbourside Partnership Board');
    await page.getByLabel('Type').selectOption({ label: 'Board' });
    await addMember(page, 1, 'Councillor', 'Ada Brown', 'Chair');
    await addMember(page, 2, 'Councillor', 'Ben Carter', 'Vice-Chair');
    await addMember(page, 3, 'Dr', 'Chloe Dunn', 'Member');
    await page.getByRole('button', { name: 'Save committee' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Harbourside Partnership Board');

    await page.getByLabel('Date').fill('2013-03-13');
    await page.getByLabel('Start time').fill('18:00');
    await page.getByLabel('Venue').fill('Committee Room 1, Harbourside Civic Centre');
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Harbourside Partnership Board: Wednesday 13 March 2013');

    // The agenda starts from the standing items; a report goes before the closing ones.
    await page.getByLabel('Item title').fill('Safer Neighbourhoods Update');
    await page.getByLabel('Description').fill('Report of the Head of Community Safety.');
    await page.getByRole('button', { name: 'Add item' }).click();
    const agenda = page.getByRole('list', { name: 'Agenda' });
    await expect.poll(() => agenda.textContent()).toContain('Safer Neighbourhoods Update');
    const agendaText = (await agenda.textContent()) ?? '';
    expect(agendaText.indexOf('Safer Neighbourhoods Update')).toBeLessThan(
      agendaText.indexOf('Any Other Urgent Business'),
    );

    // Attendance, by keyboard: the roll call lists the members; arrow keys move between choices.
    await page.getByRole('tab', { name: 'Attendance' }).click();
    await page.getByRole('button', { name: 'Take the roll call' }).click();
    await page
      .getByRole('radiogroup', { name: 'Attendance of Councillor Ada Brown' })
      .getByLabel('Present')
      .click();
    await page
      .getByRole('radiogroup', { name: 'Attendance of Councillor Ben Carter' })
      .getByLabel('Present')
      .focus();
    await page.keyboard.press('Space');
    await page
      .getByRole('radiogroup', { name: 'Attendance of Dr Chloe Dunn' })
      .getByLabel('Apologies')
      .click();
    for (const [name, status] of [
      ['Councillor Ada Brown', 'Present'],
      ['Councillor Ben Carter', 'Present'],
      ['Dr Chloe Dunn', 'Apologies'],
    ] as const) {
      await expect
        .poll(() =>
          page
            .getByRole('radiogroup', { name: `Attendance of ${name}` })
            .getByLabel(status)
            .isChecked(),
        )
        .toBe(true);
    }

    // Minutes: the item gets its number when taken; text and resolution are saved as typed.
    await page.getByRole('tab', { name: 'Minutes' }).click();
    const itemNumber = agendaText.match(/(\d+)\.Safer Neighbourhoods Update/)?.[1];
    await page.getByRole('button', { name: `Take item ${itemNumber}` }).click();
    await page
      .getByLabel('Minute text for Safer Neighbourhoods Update')
      .fill(
        'The Board received an update on neighbourhood policing.\nMembers asked about response times in the harbour wards.',
      );
    await page.getByLabel('Resolution for Safer Neighbourhoods Update').fill('That the report be noted.');
    await page.waitForTimeout(800);

    // A reload keeps everything.
    await page.reload();
    await page.getByRole('tab', { name: 'Minutes' }).click();
    await expect
      .poll(() => page.getByLabel('Minute text for Safer Neighbourhoods Update').innerText())
      .toContain('response times in the harbour wards');

    // So does closing the browser and opening it again with the same profile.
    const meetingUrl = page.url();
    await open.context.close();
    open = await openChamber(profile);
    await open.page.goto(meetingUrl);
    const again = open.page;
    await again.getByRole('tab', { name: 'Attendance' }).click();
    await expect
      .poll(() =>
        again
          .getByRole('radiogroup', { name: 'Attendance of Dr Chloe Dunn' })
          .getByLabel('Apologies')
          .isChecked(),
      )
      .toBe(true);
    await again.getByRole('tab', { name: 'Minutes' }).click();
    expect(await again.getByLabel('Resolution for Safer Neighbourhoods Update').inputValue()).toBe(
      'That the report be noted.',
    );

    // The minutes document, captured from the download and read back through LibreOffice.
    const [download] = await Promise.all([
      again.waitForEvent('download'),
      again.getByRole('button', { name: 'Save minutes (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = await readFile((await download.path()) ?? '');
    // Kept for a person to look at (.test-results is ignored by git).
    await mkdir('.test-results', { recursive: true });
    await writeFile('.test-results/foundation-minutes.docx', bytes);
    const { flatText } = await renderDocx(bytes, 'minutes.docx');
    expect(flatText).toContain('Harbourside Partnership Board');
    expect(flatText).toContain('Minutes of the meeting held on Wednesday 13 March 2013 at 6.00 pm');
    expect(flatText).toContain('Councillor Ada Brown');
    expect(flatText).toContain('Councillor Ben Carter');
    expect(flatText).toMatch(/Apologies[^]*Dr Chloe Dunn/);
    expect(flatText).toMatch(/1\.\s*Safer Neighbourhoods Update/);
    expect(flatText).toContain('Members asked about response times in the harbour wards.');
    expect(flatText).toMatch(/RESOLVED:\s*That the report be noted\./);
  });
});
