import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openChamber } from './support/browser';
import { screenshot } from './documents-support';
import { waitForFocus } from './support/focus';
import { keyBoardMeeting } from './support/live-meeting';
import { poll } from './support/wait';

/** The text of the first minute as the meeting's Minutes tab shows it, opened afresh (read from what is stored). */
async function minutesTabText(page: Page): Promise<string> {
  await page.getByRole('tab', { name: 'Agenda' }).click();
  await page.getByRole('tab', { name: 'Minutes' }).click();
  return page.getByRole('textbox', { name: 'Minute text for Apologies for Absence' }).innerText();
}

/** Where the live screen's writes were made, as it announces each one (chamber:minute-stored). */
function recordWrites(page: Page): Promise<void> {
  return page.evaluate(() => {
    const seen: boolean[] = [];
    (window as unknown as { writesInWorker: boolean[] }).writesInWorker = seen;
    window.addEventListener('chamber:minute-stored', (event) =>
      seen.push(Boolean((event as CustomEvent<{ inWorker?: boolean }>).detail.inWorker)),
    );
  });
}

describe('a minute typed in the live screen, stored by the typing worker', () => {
  it('is on screen where the minute is read, in the same window and in a second one', async () => {
    const { page, context } = await openChamber();
    const meetingUrl = await keyBoardMeeting(page, inject('baseUrl'));
    await page.goto(`${meetingUrl.replace(/\/$/, '')}/live`);
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await recordWrites(page);
    await page.keyboard.press('Alt+N');
    const editor = page.getByRole('textbox', { name: /^Minute 1: Apologies for Absence/ });
    await waitForFocus(editor);
    await page.keyboard.type('Apologies were received from Councillor Patel.', { delay: 30 });
    await poll(() => editor.innerText()).toBe('Apologies were received from Councillor Patel.');

    // A second window of Chamber on the same laptop reads what the worker stored.
    const second = await context.newPage();
    await second.goto(meetingUrl);
    await poll(() => minutesTabText(second)).toBe('Apologies were received from Councillor Patel.');

    // The writes were made off the page, by the worker, and none failed.
    const inWorker = await page.evaluate(
      () => (window as unknown as { writesInWorker: boolean[] }).writesInWorker,
    );
    expect(inWorker.length).toBeGreaterThan(0);
    expect(inWorker.every(Boolean)).toBe(true);
    expect(await page.getByText('Not stored yet').count()).toBe(0);

    // Typing on in the live screen: the second window, opened on the minute, shows the words once read again.
    await editor.click();
    await waitForFocus(editor);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Councillor Jones attended as substitute.', { delay: 30 });
    await poll(() => minutesTabText(second)).toBe(
      'Apologies were received from Councillor Patel. Councillor Jones attended as substitute.',
    );

    // And the live window itself, reopened on the meeting page, reads the same words from the database.
    await page.goto(meetingUrl);
    await poll(() => minutesTabText(page)).toBe(
      'Apologies were received from Councillor Patel. Councillor Jones attended as substitute.',
    );
  });
});

describe('an earlier version kept by the typing worker', () => {
  it('is listed at once, restores over the worker’s text, and typing on after it keeps both', async () => {
    const { page } = await openChamber();
    const meetingUrl = await keyBoardMeeting(page, inject('baseUrl'));
    await page.goto(`${meetingUrl.replace(/\/$/, '')}/live`);
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await page.keyboard.press('Alt+N');
    const editor = page.getByRole('textbox', { name: /^Minute 1: Apologies for Absence/ });
    await waitForFocus(editor);
    const first = 'Apologies were received from Councillor Patel and Councillor Okafor.';
    await page.keyboard.type(first, { delay: 20 });
    await poll(() => editor.innerText()).toBe(first);

    // Typed over whole: the words before are kept as a version, and the list beside the minute shows it.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('No apologies.', { delay: 20 });
    await poll(() => editor.innerText()).toBe('No apologies.');
    const versions = page.getByRole('region', { name: 'Earlier versions' });
    const kept = versions.getByRole('listitem').filter({ hasText: first });
    await kept.first().waitFor({ timeout: 20_000 });

    // Restored: the page's own write replaces what the worker stored last.
    await kept
      .first()
      .getByRole('button', { name: /^Restore the version of / })
      .click();
    await poll(() => editor.innerText()).toBe(first);

    // Typing on: the worker finds the minute written elsewhere, reads it afresh and stores the words on top.
    await editor.click();
    await waitForFocus(editor);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Both sent their best wishes.', { delay: 20 });
    const final = `${first} Both sent their best wishes.`;
    await poll(() => editor.innerText()).toBe(final);
    expect(await page.getByText('Not stored yet').count()).toBe(0);
    await screenshot(page, 'live-typing-worker-restored');

    // What is stored: the meeting page reads it back, and the version typed over is still kept.
    await page.goto(meetingUrl);
    await poll(() => minutesTabText(page)).toBe(final);
  });
});
