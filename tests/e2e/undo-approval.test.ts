import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openChamber, type Chamber } from './support/browser';
import { keyCommitteeAndMeeting, screenshot } from './documents-support';
import { waitForFocus } from './support/focus';

let open: Chamber | undefined;

const committee = 'Wrenmoor Licensing Committee';
const wait = { timeout: 60_000 };

/** From a meeting's page, key the committee's next meeting through the committee page. */
async function keyMeeting(page: Page, date: string): Promise<string> {
  await page.getByRole('link', { name: committee, exact: true }).first().click();
  // Exact: the meeting page's own heading starts with the committee's name, and matched before the click landed.
  await page.getByRole('heading', { level: 1, name: committee, exact: true }).waitFor(wait);
  await page.getByLabel('Date').fill(date);
  await page.getByLabel('Start time').fill('18:30');
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.getByRole('tab', { name: 'Papers' }).waitFor(wait);
  return page.url();
}

/** Back or forward through the app's history (no reload, unlike goto) until the meeting's page. */
async function through(page: Page, way: 'back' | 'forward', url: string): Promise<void> {
  const meeting = url.replace(/\/$/, '');
  for (let step = 0; step < 8 && !page.url().startsWith(meeting); step += 1)
    await (way === 'back' ? page.goBack() : page.goForward());
  expect(page.url().startsWith(meeting)).toBe(true);
}

describe('an approval recorded in error (issue #22)', () => {
  it('is undone with a reason: the draft text back, unlocked, and approved again from the undo bar', async () => {
    open = await openChamber();
    const { page } = open;
    const firstUrl = await keyCommitteeAndMeeting(page); // 11 March 2026
    await page.getByRole('tab', { name: 'Minutes' }).click();
    await page.getByRole('button', { name: 'Take item 1', exact: true }).click();
    const editor = page.getByRole('textbox', { name: 'Minute text for Apologies for Absence' });
    await editor.click();
    await waitForFocus(editor);
    await page.keyboard.type('Apologies were received from Councillor Smyth.');
    await expect.poll(() => editor.innerText(), wait).toBe('Apologies were received from Councillor Smyth.');

    const nextUrl = await keyMeeting(page, '2026-04-08');
    await page.getByRole('tab', { name: 'Minutes' }).click();
    const presented = page.getByRole('region', { name: 'Minutes presented at item Minutes' });
    const approval = presented.getByRole('form', { name: 'Approval of the minutes' });
    await approval.getByRole('radio', { name: /subject to the following amendments/ }).check();
    await approval.getByLabel('Amendment 1: minute').selectOption({ index: 0 });
    await approval.getByLabel('Amendment 1: words to change').fill('Councillor Smyth');
    await approval.getByLabel('Amendment 1: corrected words').fill('Councillor Smith');
    await approval.getByRole('button', { name: 'Record the approval' }).click();
    await presented.getByRole('list', { name: 'Amendments made' }).waitFor(wait);

    // Undo it by keyboard: the button, the reason, the confirmation.
    const undoButton = presented.getByRole('button', { name: 'Undo approval' });
    await undoButton.focus();
    await waitForFocus(undoButton);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: /^Undo the approval of the minutes of/ });
    await dialog.waitFor(wait);
    const reason = dialog.getByRole('textbox', { name: /Reason for undoing the approval/ });
    await reason.focus();
    await waitForFocus(reason);
    await page.keyboard.press('Enter');
    await dialog.getByText('Say why the approval is being undone').waitFor(wait);
    await reason.focus();
    await waitForFocus(reason);
    await page.keyboard.type('The minutes of the wrong meeting were approved');
    await screenshot(page, 'undo-approval-dialog');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached', ...wait });
    const undoBar = page.getByRole('status', { name: 'Undo' });
    await undoBar.getByText(/was undone: they are draft minutes again/).waitFor(wait);
    await approval.waitFor(wait);
    await screenshot(page, 'undo-approval-undone');

    // The presented minutes are drafts again: the text from before the approval, editable without a reason.
    // Back through the app's own history, not a reload: the undo is kept for the session.
    await through(page, 'back', firstUrl);
    await page.getByRole('tab', { name: 'Minutes' }).click();
    await expect.poll(() => editor.innerText(), wait).toBe('Apologies were received from Councillor Smyth.');
    expect(await editor.getAttribute('aria-readonly')).toBe('false');
    expect(await page.getByRole('form', { name: /^Correct signed minute/ }).count()).toBe(0);

    // Approved again from the undo bar, for the rest of the session.
    await through(page, 'forward', nextUrl);
    await page.getByRole('tab', { name: 'Minutes' }).click();
    await undoBar.getByRole('button', { name: 'Undo' }).click();
    await presented.getByRole('list', { name: 'Amendments made' }).waitFor(wait);
    await page.goto(firstUrl);
    await page.getByRole('tab', { name: 'Minutes' }).click();
    await expect.poll(() => editor.innerText(), wait).toBe('Apologies were received from Councillor Smith.');
    await expect.poll(() => editor.getAttribute('aria-readonly'), wait).toBe('true');
  });
});
