import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join, openChamber, type Chamber } from './support/browser';
import { keyBoardMeeting } from './support/live-meeting';
import { goToSync } from './support/sync-screen';

const open: Chamber[] = [];
afterEach(async () => {
  for (const laptop of open.splice(0)) await laptop.context.close();
});

const charter = 'Harrow Community Cohesion and Integration Charter';
const budget = 'Council Budget';
const shots = '.test-results/screens';

async function shot(page: Page, name: string): Promise<void> {
  await mkdir(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/sync-${name}.png`, fullPage: true });
}

async function nameLaptop(page: Page, name: string): Promise<void> {
  await goToSync(page);
  await page.getByLabel("This laptop's name").fill(name);
  await page.waitForTimeout(400);
}

/** Export everything (or the changes the other laptop has not had) and save the download into `folder`. */
async function exportTo(page: Page, folder: string, changes?: string): Promise<string> {
  await goToSync(page);
  await page.getByRole('radio', { name: 'Everything' }).check();
  if (changes) await page.getByLabel('Changes').selectOption({ label: changes });
  await page.getByText(/records? to export/).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Everything \d{4}-\d{2}-\d{2}\.chamber$/);
  const path = join(folder, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return path;
}

/** Import a file through the file chooser, check the preview, and apply it. */
async function importFrom(page: Page, path: string, screenshot?: string): Promise<string> {
  await goToSync(page);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose a .chamber file...' }).click(),
  ]);
  await chooser.setFiles(path);
  const preview = page.getByRole('region', { name: 'Import preview' });
  await preview.waitFor();
  const text = (await preview.textContent()) ?? '';
  if (screenshot) await shot(page, screenshot);
  await preview.getByRole('button', { name: 'Apply' }).click();
  await page.getByText(/^Imported /).waitFor();
  return text;
}

async function openMinutes(page: Page, meetingUrl: string): Promise<void> {
  // Through another screen, so the meeting screen mounts afresh and shows what is stored now. Only the hash
  // changes: nothing is fetched from the server again.
  await page.getByRole('link', { name: 'Committees', exact: true }).click();
  await page.goto(meetingUrl);
  await page.getByRole('tab', { name: 'Minutes' }).click();
}

function minuteField(page: Page, title: string) {
  return page.getByLabel(`Minute text for ${title}`);
}

async function minute(page: Page, meetingUrl: string, title: string, text: string): Promise<void> {
  await openMinutes(page, meetingUrl);
  const item = page.getByRole('region', { name: new RegExp(`^Item \\d+: ${title}$`) });
  const take = item.getByRole('button', { name: /^Take item/ });
  // The item shows either its minute or the button to take it, once the meeting has been read: wait for one
  // (isVisible alone does not wait, and skipped the button while the screen was still reading the meeting).
  await take.or(minuteField(page, title)).first().waitFor();
  if (await take.isVisible()) await take.click();
  await minuteField(page, title).fill(text);
  await page.waitForTimeout(600);
}

async function minutesShown(page: Page, meetingUrl: string): Promise<string[]> {
  await openMinutes(page, meetingUrl);
  return [await minuteField(page, charter).innerText(), await minuteField(page, budget).innerText()];
}

describe('two clerks minuting one meeting on two laptops, exchanging files', () => {
  it('merges both halves of the minutes, and a conflicting edit is settled on one laptop and travels back', async () => {
    const files = await mkdtemp(join(tmpdir(), 'chamber-usb-stick-'));
    const office = await openChamber();
    open.push(office);
    const chamber = await openChamber();
    open.push(chamber);
    const a = office.page;
    const b = chamber.page;

    // The office laptop sets up the committee and meeting and hands everything to the chamber laptop.
    const meetingUrl = await keyBoardMeeting(a, inject('baseUrl'));
    await nameLaptop(a, 'Office laptop');
    await nameLaptop(b, 'Chamber laptop');
    const everything = await exportTo(a, files);
    const first = await importFrom(b, everything, 'import-preview');
    expect(first).toContain('From Office laptop');
    expect(first).toContain(budget);
    expect(first).toContain('Meeting: Harrow Partnership Board, Thursday 6 December 2012');
    expect(first).toContain('Membership: Councillor Thaya Idaikkadar on Harrow Partnership Board');
    const meetingOnB = meetingUrl.replace(/^.*#/, `${inject('baseUrl')}#`);

    // Each minutes half of the meeting, offline.
    await minute(a, meetingUrl, charter, 'The Board endorsed the Charter.');
    await minute(b, meetingOnB, budget, 'Members noted the budget consultation.');

    // Files both ways: the office's to the chamber, then the chamber's changes since that exchange back.
    await importFrom(b, await exportTo(a, files));
    await importFrom(a, await exportTo(b, files, 'Changes since my last exchange with Office laptop'));
    const both = ['The Board endorsed the Charter.', 'Members noted the budget consultation.'];
    expect(await minutesShown(a, meetingUrl)).toEqual(both);
    expect(await minutesShown(b, meetingOnB)).toEqual(both);

    // Both rewrite the Charter minute before the next exchange.
    await minute(a, meetingUrl, charter, 'The Board endorsed the Charter, subject to consultation.');
    await minute(b, meetingOnB, charter, 'The Board endorsed the Charter and thanked officers.');
    const clash = await importFrom(
      b,
      await exportTo(a, files, 'Changes since my last exchange with Chamber laptop'),
      'import-conflict-preview',
    );
    expect(clash).toContain('1 conflict;');
    expect(clash).toContain(`Minute 1: ${charter}`);

    // The chamber clerk settles it on the conflicts screen with a combined text.
    await b.getByRole('link', { name: 'see the conflicts' }).first().click();
    const card = b.getByRole('region', { name: new RegExp(`^Conflict: Minute \\d+: ${charter}, text$`) });
    await card.waitFor();
    expect(await card.getByLabel('On this laptop (mine)').textContent()).toBe(
      'The Board endorsed the Charter and thanked officers.',
    );
    expect(await card.getByLabel('From Office laptop (theirs)').textContent()).toBe(
      'The Board endorsed the Charter, subject to consultation.',
    );
    await shot(b, 'conflicts');
    const combined = 'The Board endorsed the Charter, subject to consultation, and thanked officers.';
    await card.getByLabel(/^Combined text for /).fill(combined);
    await card.getByRole('button', { name: 'Use combined' }).click();
    await b.getByText('No conflicts: everything imported has been merged.').waitFor();

    // The resolution travels back to the office.
    const back = await importFrom(
      a,
      await exportTo(b, files, 'Changes since my last exchange with Office laptop'),
    );
    expect(back).toContain('0 conflicts;');
    expect(await minutesShown(a, meetingUrl)).toEqual([combined, 'Members noted the budget consultation.']);
    expect(await minutesShown(b, meetingOnB)).toEqual([combined, 'Members noted the budget consultation.']);
    await goToSync(a);
    await shot(a, 'page');
    await a.getByRole('button', { name: 'Conflicts', exact: true }).click();
    await a.getByText('No conflicts: everything imported has been merged.').waitFor();
  }, 400_000);
});
