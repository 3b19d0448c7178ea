import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openChamber, type Chamber } from './support/browser';
import { keyBoardMeeting } from './support/live-meeting';
import { poll } from './support/wait';

let chamber: Chamber | undefined;

async function openSettings(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings', exact: true })
    .click();
  await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Settings');
}

describe('the council’s house style', () => {
  it('is chosen in Settings with a minute previewed, and the live screen shows a resolution as it will print', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    const url = await keyBoardMeeting(page, inject('baseUrl'));

    await openSettings(page);
    const style = page.getByRole('group', { name: 'House style' });
    const preview = style.getByRole('document', { name: 'A minute in this style' });
    await poll(() => preview.textContent()).toContain('RESOLVED: That the report be noted.');
    await page.getByLabel('Organisation name').fill('Harbourside Borough Council');
    await style.getByLabel('The chair’s title').fill('Mayor');
    await style.getByLabel('Resolutions read').selectOption({ value: 'lowerThat' });
    await style.getByLabel('Members are named').selectOption({ value: 'withoutTitle' });
    await poll(() => preview.textContent()).toContain('RESOLVED that the report be noted.');
    expect(await preview.textContent()).toContain('Helen Okafor (Mayor)');
    expect(await preview.textContent()).not.toContain('Councillor');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Settings saved.' }).count()).toBe(1);

    // After a restart the choices are still there.
    await page.reload();
    await poll(() =>
      page.getByRole('group', { name: 'House style' }).getByLabel('The chair’s title').inputValue(),
    ).toBe('Mayor');

    await page.goto(`${url.replace(/\/$/, '')}/live`);
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await page.keyboard.press('Alt+N');
    const box = page.getByRole('textbox', { name: /^Resolution for / });
    await box.fill('That the report be noted.');
    const printed = page.getByLabel('Resolution as it will print');
    await poll(() => printed.textContent()).toMatch(/^(AGREED|RESOLVED) that the report be noted\.$/);
    // Clauses that each say "That" never print under a second "That".
    await box.fill('That the report be noted.\nThat officers report back in June.');
    await poll(() => printed.textContent()).toMatch(
      /^(AGREED|RESOLVED):\(1\) That the report be noted\.\(2\) That officers report back in June\.$/,
    );
  });
});
