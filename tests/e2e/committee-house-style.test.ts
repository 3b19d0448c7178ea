import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { renderDocx } from '../documents/support/libreoffice';
import { openChamber, type Chamber } from './support/browser';
import { focused } from './support/focus';
import { poll } from './support/wait';
import { download, screenshot } from './documents-support';

let chamber: Chamber | undefined;

/**
 * Keys a committee chaired by `chair`, with its own house style if `ownStyle` says so, and a meeting of it on
 * 11 March 2026; returns the meeting's address.
 */
async function keyCommittee(
  page: Page,
  name: string,
  chair: string,
  ownStyle?: (page: Page) => Promise<void>,
): Promise<string> {
  const heading = () => page.getByRole('heading', { level: 1 }).textContent();
  await page.goto(`${inject('baseUrl')}#/committees/new`);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page.getByLabel('Type').selectOption({ label: 'Committee' });
  await page.getByLabel('Title (member 1)').fill('Councillor');
  await page.getByRole('combobox', { name: 'Name (member 1)' }).fill(chair);
  await page.getByLabel('Role (member 1)').selectOption({ label: 'Chair' });
  await page.getByRole('button', { name: 'Save committee' }).click();
  await poll(heading).toBe(name);
  if (ownStyle) {
    await page.getByRole('button', { name: 'Edit committee' }).click();
    await ownStyle(page);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await poll(heading).toBe(name);
  }
  await page.getByLabel('Date').fill('2026-03-11');
  await page.getByLabel('Start time').fill('18:00');
  await page.getByLabel('Venue').fill('Council Chamber');
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await poll(heading).toBe(`${name}: Wednesday 11 March 2026`);
  return page.url();
}

/** Live: the chair present, the first item taken and resolved with Alt+1; returns the resolution as shown. */
async function minuteTheApologies(page: Page, meetingUrl: string): Promise<string> {
  await page.goto(`${meetingUrl.replace(/\/$/, '')}/live`);
  await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
  await page.keyboard.press('Alt+A');
  await poll(() => focused(page)).toMatch(/^Councillor /);
  await page.keyboard.press('p');
  await poll(() => focused(page)).toMatch(/: Present/);
  await page.keyboard.press('Alt+N');
  await poll(() => focused(page)).toBe('Minute 1: Apologies for Absence');
  await page.keyboard.type('There were no apologies.');
  // Alt+1 uses the phrase on the minute in front: the clerk presses it once that minute's Resolution box shows
  // (on a loaded machine the key can come before the new minute is drawn, and is then refused with a notice).
  await page.getByRole('region', { name: 'Resolution' }).waitFor();
  await page.keyboard.press('Alt+1');
  const printed = page.getByLabel('Resolution as it will print');
  await poll(() => printed.textContent()).toMatch(/the report be noted\.$/);
  return (await printed.textContent()) ?? '';
}

describe('a committee’s own house style', () => {
  it('changes the chair’s title and the RESOLVED form in that committee’s minutes only', async () => {
    chamber = await openChamber();
    const { page } = chamber;

    // The full Council is chaired by the Mayor and resolves "RESOLVED that"; the organisation keeps its defaults.
    const council = await keyCommittee(page, 'Wrenmoor Council', 'Ada Brown', async () => {
      const style = page.getByRole('group', { name: 'House style' });
      await style.getByLabel('The chair’s title').fill('Mayor');
      await style.getByLabel('Resolutions read').selectOption({ value: 'lowerThat' });
      const preview = style.getByRole('document', { name: 'A minute in this style' });
      await poll(() => preview.textContent()).toContain('RESOLVED that the report be noted.');
      await preview.scrollIntoViewIfNeeded();
      await screenshot(page, 'committee-house-style-form');
    });
    const licensing = await keyCommittee(page, 'Wrenmoor Licensing Committee', 'Ben Carter');

    expect(await minuteTheApologies(page, council)).toBe('RESOLVED that the report be noted.');
    expect(await minuteTheApologies(page, licensing)).toBe('RESOLVED: That the report be noted.');

    await page.goto(council);
    const councilMinutes = (
      await renderDocx(
        await download(page, 'Save minutes (.docx)', 'committee-house-style-council.docx'),
        'committee-house-style-council.docx',
      )
    ).flatText;
    expect(councilMinutes).toContain('Councillor Ada Brown (Mayor)');
    expect(councilMinutes).toContain(
      'Apologies for Absence There were no apologies. RESOLVED that the report be noted.',
    );
    expect(councilMinutes).not.toContain('(Chair)');
    expect(councilMinutes).not.toContain('RESOLVED: That');

    await page.goto(licensing);
    const licensingMinutes = (
      await renderDocx(
        await download(page, 'Save minutes (.docx)', 'committee-house-style-licensing.docx'),
        'committee-house-style-licensing.docx',
      )
    ).flatText;
    expect(licensingMinutes).toContain('Councillor Ben Carter (Chair)');
    expect(licensingMinutes).toContain(
      'Apologies for Absence There were no apologies. RESOLVED: That the report be noted.',
    );
    expect(licensingMinutes).not.toContain('Mayor');
  });
});
