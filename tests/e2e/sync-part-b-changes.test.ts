import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join, openChamber, type Chamber } from './support/browser';
import { field, keyBoardMeeting, typeInto } from './support/live-meeting';
import { goToSync } from './support/sync-screen';

const open: Chamber[] = [];
afterEach(async () => {
  for (const laptop of open.splice(0)) await laptop.context.close();
});

const exempt = 'Disposal of land at Wealdstone';

/** Export everything, or the changes another laptop has not had, with a passphrase when one is given. */
async function exportTo(
  page: Page,
  folder: string,
  options: { changes?: string; passphrase?: string } = {},
): Promise<string> {
  await goToSync(page);
  await page.getByRole('radio', { name: 'Everything' }).check();
  if (options.changes) await page.getByLabel('Changes').selectOption({ label: options.changes });
  await page.getByText(/records? to export/).waitFor();
  if (options.passphrase) {
    await page.getByLabel('Passphrase', { exact: true }).fill(options.passphrase);
    await page.getByLabel('Passphrase again').fill(options.passphrase);
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const path = join(folder, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  await page.getByText(/^Saved /).waitFor();
  return path;
}

async function importFrom(page: Page, path: string): Promise<void> {
  await goToSync(page);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose a .chamber file...' }).click(),
  ]);
  await chooser.setFiles(path);
  const preview = page.getByRole('region', { name: 'Import preview' });
  await preview.getByRole('button', { name: 'Apply' }).click();
  await page.getByText(/^Imported /).waitFor();
}

async function resolutionOnExemptItem(page: Page, meetingUrl: string, text: string): Promise<void> {
  await page.getByRole('link', { name: 'Committees', exact: true }).click();
  await page.goto(meetingUrl);
  await page.getByRole('tab', { name: 'Minutes' }).click();
  const item = page.getByRole('region', { name: new RegExp(`^Item \\d+: ${exempt}$`) });
  const take = item.getByRole('button', { name: /^Take item/ });
  const resolution = page.getByLabel(`Resolution for ${exempt}`);
  await take.or(resolution).first().waitFor();
  if (await take.isVisible()) await take.click();
  await resolution.fill(text);
  await page.waitForTimeout(600);
}

describe('a changes-only export holding only an edited Part B resolution', () => {
  it('asks for a passphrase and is encrypted', async () => {
    const files = await mkdtemp(join(tmpdir(), 'chamber-usb-stick-'));
    const office = await openChamber();
    open.push(office);
    const chamber = await openChamber();
    open.push(chamber);
    const a = office.page;

    // The office keys the meeting with a Part B item and its resolution.
    const meetingUrl = await keyBoardMeeting(a, inject('baseUrl'));
    await typeInto(a, 'Item title', exempt);
    await a.getByRole('radio', { name: 'Part B (exempt)' }).check();
    await field(a, 'Schedule 12A paragraph').selectOption('3');
    await typeInto(a, 'Public-interest reason', 'The bids are commercially confidential.');
    await a.getByRole('button', { name: 'Add item' }).press('Enter');
    await a.getByText(exempt, { exact: true }).first().waitFor();
    await resolutionOnExemptItem(a, meetingUrl, 'That the offer of £1.2m be accepted.');

    // The two laptops meet: the chamber's file teaches the office of it, and the office sends it everything.
    await chamber.page.getByRole('link', { name: 'Sync', exact: true }).click();
    await chamber.page.getByLabel("This laptop's name").fill('Chamber laptop');
    await chamber.page.waitForTimeout(400);
    await importFrom(a, await exportTo(chamber.page, files));
    const changes = 'Changes since my last exchange with Chamber laptop';
    await exportTo(a, files, { changes, passphrase: 'correct horse battery' });

    // Only the resolution changes; the next file of changes holds that one record and nothing of its item.
    await resolutionOnExemptItem(a, meetingUrl, 'That the offer of £2.1m be accepted.');
    await goToSync(a);
    await a.getByLabel('Changes').selectOption({ label: changes });
    await a.getByText('Everything: 1 record to export.').waitFor();
    expect(await a.getByRole('checkbox', { name: 'Encrypt the file with a passphrase' }).isChecked()).toBe(
      true,
    );
    await a.getByText(`This file holds Part B (exempt) business: “${exempt}”`).waitFor();
    const path = await exportTo(a, files, { changes, passphrase: 'correct horse battery' });
    await a.getByText(/^Saved .*: 1 record, encrypted\.$/).waitFor();
    const bytes = await readFile(path);
    expect(bytes.includes('2.1m')).toBe(false);
    expect(bytes.includes('offer')).toBe(false);
  }, 300_000);
});
