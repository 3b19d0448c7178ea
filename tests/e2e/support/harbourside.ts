import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const harbourside = 'Harbourside Licensing Committee';

/**
 * Keys, through the screens, a committee that carries on from its paper minutes (the next minute is 0654, printed
 * 0654/13, with "(Agenda item N)" where the numbers differ) and its meeting of Wednesday 13 March 2013, and returns
 * the meeting's address. The leading zero is the point: Chamber once stored it as 654.
 */
export async function keyHarboursideMeeting(page: Page): Promise<string> {
  const heading = () => page.getByRole('heading', { level: 1 }).textContent();
  const wait = { timeout: 20_000, interval: 100 };
  await page.getByRole('button', { name: 'New committee' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(harbourside);
  await page.getByLabel('Type').selectOption({ label: 'Committee' });
  await page.getByLabel('Title (member 1)').fill('Councillor');
  await page.getByRole('combobox', { name: 'Name (member 1)' }).fill('Ada Brown');
  await page.getByLabel('Role (member 1)').selectOption({ label: 'Chair' });
  await page.getByRole('button', { name: 'Save committee' }).click();
  await expect.poll(heading, wait).toBe(harbourside);

  await page.getByRole('button', { name: 'Edit committee' }).click();
  await page.getByLabel('Number of the next minute (before any are recorded here)').fill('0654');
  await page.getByLabel('Year after the number').selectOption({ value: 'slashYY' });
  await page.getByLabel('After the number', { exact: true }).fill('');
  await page
    .getByLabel('Print “(Agenda item N)” under a minute whose number differs from its agenda number')
    .check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(heading, wait).toBe(harbourside);

  await page.getByLabel('Date').fill('2013-03-13');
  await page.getByLabel('Start time').fill('18:00');
  await page.getByLabel('Venue').fill('Council Chamber');
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await expect.poll(heading, wait).toBe(`${harbourside}: Wednesday 13 March 2013`);
  return page.url();
}
