import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { renderDocx } from '../documents/support/libreoffice';
import { openChamber, type Chamber } from './support/browser';
import { focused } from './support/focus';
import { keyBoardMeeting } from './support/live-meeting';
import { everyonePresent } from './support/live-procedure';
import { download, screenshot } from './documents-support';
import { poll } from './support/wait';

let chamber: Chamber | undefined;

const section106 = 'section 106 of the Local Government Finance Act 1992';

async function tabTo(page: Page, label: RegExp): Promise<void> {
  for (let tries = 0; tries < 60; tries += 1) {
    if (label.test(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tabbing never reached ${label}`);
}

describe('a member barred from a budget vote by section 106 (council tax arrears)', () => {
  it('is refused in a count that includes them and in a named list, and the minutes print the bar as what it is', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    const meetingUrl = await keyBoardMeeting(page, inject('baseUrl'));
    await page.getByRole('button', { name: 'Go into the meeting' }).press('Enter');
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();

    // All six members present.
    await everyonePresent(page);

    // Take the Council Budget item and move that the budget be approved.
    await page
      .getByRole('navigation', { name: 'Agenda' })
      .getByRole('button', { name: /Council Budget/ })
      .click();
    await page.getByRole('button', { name: /^Take item 7 now/ }).click();
    await page.getByRole('textbox', { name: /Minute 1: Council Budget/ }).waitFor();
    await page.keyboard.press('Alt+O');
    const motions = page.getByRole('region', { name: 'Motions and votes' });
    await motions.getByLabel('Wording as moved').fill('That the Council budget for 2013/14 be approved.');
    await motions.getByLabel('Wording as moved').press('Enter');
    await motions.getByRole('radio', { name: 'Recorded vote (by name)' }).waitFor();
    await poll(() => motions.innerText()).toContain('6 members can vote now.');

    // The clerk starts the recorded vote, Councillor Hall among those for.
    await motions.getByRole('radio', { name: 'Recorded vote (by name)' }).check();
    const forBox = motions.getByRole('combobox', { name: 'For: add a name' });
    for (const [part, count] of [
      ['idaikkadar', 1],
      ['hall', 2],
      ['porter', 3],
    ] as const) {
      await forBox.pressSequentially(part);
      await poll(() => page.getByRole('listbox').getByRole('option').count()).toBe(1);
      await forBox.press('Enter');
      await motions.getByRole('list', { name: `For (${count})` }).waitFor();
      // A fresh box takes the focus for the next name.
      await poll(() =>
        forBox.evaluate((box) => box === document.activeElement && !(box as HTMLInputElement).value),
      ).toBe(true);
    }

    // Then Councillor Hall says section 106 applies to her: recorded by keyboard, as a bar and not an interest.
    await page.keyboard.press('Alt+D');
    await poll(() => focused(page)).toMatch(/^Member/);
    await tabTo(page, /^Record declaration$/);
    await page.keyboard.press('Tab');
    await poll(() => focused(page)).toMatch(/^Member/);
    await page.keyboard.type('hall');
    await poll(() => page.getByRole('listbox').getByRole('option').count()).toBe(1);
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toMatch(/^On item/);
    await page.keyboard.press('Tab');
    await poll(() => focused(page)).toMatch(/^Barred by/);
    await page.keyboard.press('Tab');
    await poll(() => focused(page)).toBe('Record the bar');
    await page.keyboard.press('Enter');
    const bars = page.getByRole('group', { name: 'Barred from voting (not an interest)' });
    await poll(() => bars.innerText()).toContain(
      `Councillor Susan Hall: may not vote, being barred by ${section106}.`,
    );
    await poll(() => motions.innerText()).toContain(
      `5 members can vote now. Not counted: Councillor Susan Hall (barred from voting on this item by ${section106}).`,
    );
    await screenshot(page, 'live-eligibility-barred');

    // The named list that still has her is refused, saying who and why.
    await motions.getByRole('button', { name: 'Record the vote' }).click();
    await poll(() => motions.getByRole('alert').innerText()).toContain(
      `Councillor Susan Hall cannot be counted: barred from voting on this item by ${section106}.`,
    );
    await screenshot(page, 'live-eligibility-named-refused');

    // So is a count of six hands.
    await motions.getByRole('radio', { name: 'Counts' }).check();
    await motions.getByRole('spinbutton', { name: 'For' }).fill('6');
    await motions.getByRole('spinbutton', { name: 'For' }).press('Tab');
    await motions.getByRole('button', { name: 'Record the vote' }).click();
    await poll(() => motions.getByRole('alert').innerText()).toContain(
      `6 votes are counted but only 5 members can vote on this item now. In the room but not voting: Councillor Susan Hall (barred from voting on this item by ${section106}).`,
    );

    // Five for stands.
    await motions.getByRole('spinbutton', { name: 'For' }).fill('5');
    await motions.getByRole('spinbutton', { name: 'For' }).press('Tab');
    await motions.getByRole('button', { name: 'Record the vote' }).click();
    await poll(() => motions.innerText()).toContain('For 5, against 0, abstentions 0');

    // The minutes, read back through LibreOffice.
    await page.goto(meetingUrl);
    const minutes = await renderDocx(
      await download(page, 'Save minutes (.docx)', 'live-eligibility-minutes.docx'),
      'live-eligibility-minutes.docx',
    );
    expect(minutes.flatText).toContain(
      `Councillor Susan Hall did not vote on this item, being barred by ${section106}.`,
    );
    expect(minutes.flatText).not.toMatch(/non-registrable interest/i);
    expect(minutes.flatText).not.toMatch(/Susan Hall declared/);
    // The motion and its vote print once, where they happened.
    expect(minutes.flatText.match(/That the Council budget for 2013\/14 be approved/g)).toHaveLength(1);
  });
});
