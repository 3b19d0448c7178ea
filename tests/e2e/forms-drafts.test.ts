import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openChamber, type Chamber } from './support/browser';
import { poll } from './support/wait';

// One clerk's laptop for the whole file: a committee, then its meetings.
let open: Chamber;
const committee = 'Licensing Committee';
const shots = process.env.FORMS_SHOTS;

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

beforeAll(async () => {
  open = await openChamber();
  const { page } = open;
  await page.getByRole('button', { name: 'New committee' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(committee);
  await page.getByRole('button', { name: 'Save committee' }).click();
  await page.getByRole('heading', { level: 1, name: committee }).waitFor({ timeout: 30_000 });
});
afterAll(async () => {
  await open?.context.close();
});

async function openCommittee(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Committees' }).click();
  await page.getByRole('link', { name: committee }).click();
  await poll(() => heading(page)).toBe(committee);
}

const newMeeting = (page: Page) => page.getByRole('region', { name: 'New meeting' });

describe('forms keep what the clerk types, and warn of a doubtful day', () => {
  it('keeps a half-filled new meeting through a reload, says so, and forgets it once discarded', async () => {
    const { page } = open;
    await openCommittee(page);
    await newMeeting(page).getByLabel('Date').fill('2031-06-11');
    await newMeeting(page).getByLabel('Venue').fill('Council Chamber');
    // Stored as typed: a reload at once loses nothing.
    await page.reload();
    await poll(() => heading(page)).toBe(committee);
    await poll(() => newMeeting(page).getByLabel('Venue').inputValue()).toBe('Council Chamber');
    expect(await newMeeting(page).getByLabel('Date').inputValue()).toBe('2031-06-11');
    const note = newMeeting(page).getByRole('group', { name: 'Draft restored' });
    await poll(() => newMeeting(page).textContent()).toContain('Draft restored.');
    if (shots) await newMeeting(page).screenshot({ path: `${shots}/new-meeting-draft.png` });
    await newMeeting(page).getByRole('button', { name: 'Discard the draft' }).click();
    await poll(() => newMeeting(page).getByLabel('Date').inputValue()).toBe('');
    expect(await note.count()).toBe(0);
  });

  it('warns of a meeting in the past, on a Saturday, at 3 am, and still creates it', async () => {
    const { page } = open;
    await openCommittee(page);
    const form = newMeeting(page);
    // 7 June 2025 was a Saturday, and is in the past.
    await form.getByLabel('Date').fill('2025-06-07');
    await form.getByLabel('Start time').fill('03:00');
    await poll(() => form.textContent()).toContain('7 June 2025 is in the past');
    expect(await form.textContent()).toContain(
      'and a Saturday. Check the day; if it is right, it can still be saved.',
    );
    expect(await form.textContent()).toContain(
      '3.00 am is outside usual meeting hours (7.00 am to 10.00 pm).',
    );
    if (shots) await form.screenshot({ path: `${shots}/new-meeting-warnings.png` });
    await form.getByRole('button', { name: 'Create meeting' }).click();
    await poll(() => heading(page)).toBe(`${committee}: Saturday 7 June 2025`);
  });

  it('keeps an agenda item’s Details edit through leaving the screen and a reload, until saved', async () => {
    const { page } = open;
    await openCommittee(page);
    await page.getByRole('link', { name: 'Saturday 7 June 2025' }).click();
    await poll(() => heading(page)).toBe(`${committee}: Saturday 7 June 2025`);
    await page.getByRole('button', { name: 'Details of item 1' }).click();
    const details = page.getByRole('form', { name: 'Details of item 1' });
    await details.getByLabel('Purpose or summary').fill('Apologies received before the meeting.');
    // Leave the screen without saving, and come back.
    await openCommittee(page);
    await page.getByRole('link', { name: 'Saturday 7 June 2025' }).click();
    await page.getByRole('button', { name: 'Details of item 1' }).click();
    await poll(() => details.getByLabel('Purpose or summary').inputValue()).toBe(
      'Apologies received before the meeting.',
    );
    // And a restart.
    await page.reload();
    await page.getByRole('button', { name: 'Details of item 1' }).click();
    await poll(() => details.getByLabel('Purpose or summary').inputValue()).toBe(
      'Apologies received before the meeting.',
    );
    expect(await details.textContent()).toContain('Draft restored.');
    if (shots) await details.screenshot({ path: `${shots}/item-details-draft.png` });
    await details.getByRole('button', { name: 'Save item 1' }).click();
    await poll(() => details.getByRole('status').textContent()).toBe('Saved.');
    expect(await details.textContent()).not.toContain('Draft restored.');
  });

  it('deletes a meeting after one confirmation, and Undo brings it back with its items', async () => {
    const { page } = open;
    await openCommittee(page);
    await newMeeting(page).getByLabel('Date').fill('2031-07-09');
    await newMeeting(page).getByRole('button', { name: 'Create meeting' }).click();
    await poll(() => heading(page)).toBe(`${committee}: Wednesday 9 July 2031`);
    const agenda = page.getByRole('list', { name: 'Agenda' });
    await poll(() => agenda.getByRole('listitem').count()).toBeGreaterThan(3);
    const itemsBefore = await agenda.getByRole('listitem').count();

    await page
      .getByRole('toolbar', { name: 'Meeting commands' })
      .getByRole('button', { name: 'More commands' })
      .click();
    await page.getByRole('menuitem', { name: 'Delete the meeting' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete the meeting of Wednesday 9 July 2031?' });
    await poll(() => dialog.textContent()).toContain(`with ${itemsBefore} agenda items`);
    expect(await dialog.textContent()).toContain('You can undo this until you close Chamber.');
    if (shots) await dialog.screenshot({ path: `${shots}/delete-meeting-dialog.png` });
    await dialog.getByRole('button', { name: 'Delete the meeting' }).click();

    await poll(() => heading(page)).toBe(committee);
    const meetings = page.getByRole('main');
    await poll(() => meetings.getByRole('link', { name: 'Wednesday 9 July 2031' }).count()).toBe(0);
    const undo = page.getByRole('status', { name: 'Undo' });
    await poll(() => undo.textContent()).toContain('The meeting of Wednesday 9 July 2031 was deleted');
    if (shots) await page.screenshot({ path: `${shots}/committee-undo-delete.png` });
    await undo.getByRole('button', { name: 'Undo (Ctrl+Z)' }).click();
    await poll(() => meetings.getByRole('link', { name: 'Wednesday 9 July 2031' }).count()).toBe(1);
    await meetings.getByRole('link', { name: 'Wednesday 9 July 2031' }).click();
    await poll(() => heading(page)).toBe(`${committee}: Wednesday 9 July 2031`);
    await poll(() => page.getByRole('list', { name: 'Agenda' }).getByRole('listitem').count()).toBe(
      itemsBefore,
    );
  });
});
