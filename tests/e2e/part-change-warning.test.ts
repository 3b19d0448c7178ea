import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openChamber, type Chamber } from './support/browser';
import { addItem, attachReport, keyCommitteeAndMeeting, report, screenshot } from './documents-support';
import { waitForFocus } from './support/focus';

let open: Chamber | undefined;

const wait = { timeout: 60_000 };

/** Press Tab until the control has the focus (at most `limit` times), as a keyboard user would. */
async function tabTo(page: Page, locator: Locator, limit = 40): Promise<void> {
  for (let press = 0; press < limit; press += 1) {
    if (await locator.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await waitForFocus(locator);
}

describe('moving an item to Part B by keyboard (issue #22)', () => {
  it('warns which public documents change, then moves the item and records the move', async () => {
    open = await openChamber();
    const { page } = open;
    await keyCommitteeAndMeeting(page);
    const item = await addItem(page, 'Home Care Re-tender', 'Report of the Director of Adult Services.');
    await attachReport(page, item, 'home-care.docx', await report('HOME-CARE-REPORT', 1));

    const details = page.getByRole('form', { name: `Details of item ${item}` });
    await details.waitFor(wait);
    const partB = details.getByRole('radio', { name: 'Part B (exempt)' });
    await partB.focus();
    await waitForFocus(partB);
    await page.keyboard.press('Space');
    await expect.poll(() => partB.isChecked(), wait).toBe(true);
    const paragraph = details.getByRole('combobox', { name: /Schedule 12A paragraph/ });
    await paragraph.waitFor(wait);
    await paragraph.focus();
    await waitForFocus(paragraph);
    await paragraph.selectOption('3');
    const reason = details.getByRole('textbox', { name: /Public-interest reason/ });
    await reason.focus();
    await waitForFocus(reason);
    await page.keyboard.type('The bidders’ prices are commercially sensitive.');
    await expect
      .poll(() => reason.inputValue(), wait)
      .toBe('The bidders’ prices are commercially sensitive.');
    await tabTo(page, details.getByRole('button', { name: `Save item ${item}` }));
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('alertdialog', { name: `Move item ${item} to Part B (exempt)?` });
    await dialog.waitFor(wait);
    await expect
      .poll(() => dialog.textContent(), wait)
      .toContain(
        'This changes the public agenda pack, the agenda and minutes document and the published web pages. ' +
          'Build and publish them again after the change',
      );
    expect(await dialog.textContent()).toContain('will move from Part A (public) to Part B (exempt)');
    await screenshot(page, 'part-change-warning');

    // The keyboard alone: Tab to the move and press Enter.
    const move = dialog.getByRole('button', { name: 'Move to Part B' });
    await tabTo(page, move);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached', ...wait });

    const agenda = page.getByRole('list', { name: 'Agenda' });
    const exclusion = agenda.getByRole('listitem').filter({ hasText: 'Exclusion of the Press and Public' });
    await exclusion.first().waitFor(wait);
    // Read the agenda as drawn once it has settled: a loaded machine can redraw it between two reads.
    const movedAfterExclusion = async () => {
      const rows = await agenda.getByRole('listitem').allTextContents();
      const excluded = rows.findIndex((row) => row.includes('Exclusion of the Press and Public'));
      const moved = rows.findIndex((row) => row.includes('Home Care Re-tender'));
      return excluded >= 0 && moved > excluded;
    };
    await expect.poll(movedAfterExclusion, wait).toBe(true);
    await page
      .getByRole('status', { name: 'Undo' })
      .getByText(/Home Care Re-tender.*moved to Part B/)
      .waitFor(wait);
  });
});
