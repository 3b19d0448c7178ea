import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { renderDocx } from '../documents/support/libreoffice';
import { download, screenshot } from './documents-support';
import { openChamber } from './support/browser';
import { focused } from './support/focus';
import { keyBoardMeeting } from './support/live-meeting';
import {
  choosePerson,
  everyonePresent,
  focusIsOn,
  lookAtItem,
  poll,
  tabTo,
  takeItem,
} from './support/live-procedure';

const section106 = 'section 106 of the Local Government Finance Act 1992';

/**
 * A name added to a list of a recorded vote by keyboard: part of it typed, Enter once it is the one name offered;
 * the list's box is then empty and keeps the focus, for the next name.
 */
async function name(page: Page, list: 'For' | 'Against' | 'Abstained', part: string, count: number) {
  await focusIsOn(page, new RegExp(`^${list}: add a name`));
  await page.keyboard.type(part);
  await poll(() => page.getByRole('listbox').getByRole('option').count()).toBe(1);
  await page.keyboard.press('Enter');
  const motion = page.getByRole('group', { name: 'Motion 1' });
  await motion.getByRole('list', { name: `${list} (${count})` }).waitFor();
  await focusIsOn(page, new RegExp(`^${list}: add a name`));
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('');
}

describe('a change of chair during the meeting', () => {
  it('gives the casting vote on a tie to the new chair, on screen and in the minutes, and refuses a barred member in a named list', async () => {
    const { page } = await openChamber();
    const meetingUrl = await keyBoardMeeting(page, inject('baseUrl'));
    await page.getByRole('button', { name: 'Go into the meeting' }).press('Enter');
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await everyonePresent(page);

    // Item 6 under the Chair, Councillor Idaikkadar.
    await lookAtItem(page, 6);
    await takeItem(page);
    await page.keyboard.type('The Board adopted the Charter.');
    await poll(() => page.getByRole('textbox', { name: /^Minute 1:/ }).innerText()).toContain('Charter.');

    // Item 7: Councillor Davine takes the Chair before anything else is done.
    await lookAtItem(page, 7);
    await takeItem(page);
    await page.keyboard.press('Alt+G');
    await focusIsOn(page, /^Next step/);
    const steps = page.getByRole('form', { name: 'Record the next step' });
    await steps.getByLabel('Next step').selectOption({ label: 'Change of chair' });
    await steps.getByLabel('Took the Chair').selectOption({ label: 'Councillor Margaret Davine' });
    await steps.getByRole('button', { name: 'Add to the minute' }).click();
    const printed = page.getByRole('list', { name: 'As it will print' });
    await poll(() => printed.innerText()).toContain(
      'Councillor Margaret Davine took the Chair and presided from this point.',
    );

    // Councillor Hall may not vote on the budget (council tax arrears): a bar, not an interest.
    const bar = page.getByRole('form', { name: 'Record a member barred from voting' });
    await choosePerson(bar.getByLabel('Member'), 'Councillor Susan Hall');
    await poll(() => focused(page)).toMatch(/^On item/);
    await bar.getByRole('button', { name: 'Record the bar' }).click();
    const motions = page.getByRole('region', { name: 'Motions and votes' });
    await poll(() => motions.innerText()).toContain(
      `5 members can vote now. Not counted: Councillor Susan Hall (barred from voting on this item by ${section106}).`,
    );

    // The budget is moved; the vote names who presides now, and is recorded by name from the keyboard.
    await page.keyboard.press('Alt+O');
    await focusIsOn(page, /^Moved by/);
    await tabTo(page, /^Wording as moved/);
    await page.keyboard.type('That the Council budget for 2013/14 be approved.');
    await page.keyboard.press('Enter');
    await focusIsOn(page, /^Counts/);
    const motion = page.getByRole('group', { name: 'Motion 1' });
    await poll(() => motion.innerText()).toContain('In the Chair: Councillor Margaret Davine');
    await page.keyboard.press('ArrowRight');
    await focusIsOn(page, /^Recorded vote/);
    // The lists are drawn once the choice is stored: Tab only then.
    await motion.getByRole('combobox', { name: 'For: add a name' }).waitFor();
    await page.keyboard.press('Tab');
    await name(page, 'For', 'idaik', 1);
    await name(page, 'For', 'larkman', 2);
    await tabTo(page, /^Against: add a name/);
    // Councillor Hall is refused there and then, with the reason; Enter adds nobody.
    await page.keyboard.type('hall');
    await poll(() => motion.getByRole('alert').innerText()).toBe(
      `Councillor Susan Hall cannot be added: barred from voting on this item by ${section106}.`,
    );
    await screenshot(page, 'live-change-of-chair-refused');
    await page.keyboard.press('Enter');
    expect(await motion.getByRole('list', { name: 'Against (0)' }).locator('li').count()).toBe(0);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await name(page, 'Against', 'porter', 1);
    await name(page, 'Against', 'small', 2);
    await tabTo(page, /^Abstained: add a name/);
    await name(page, 'Abstained', 'davine', 1);

    // Two all: the casting vote is offered, as the new chair's.
    await tabTo(page, /^Casting vote of Councillor Margaret Davine \(in the Chair\)/);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await poll(() =>
      motion
        .getByLabel(/^Casting vote of/)
        .locator('option:checked')
        .innerText(),
    ).toBe('For');
    await screenshot(page, 'live-change-of-chair-casting-vote');
    await tabTo(page, /^Record the vote$/);
    await page.keyboard.press('Enter');
    await poll(() => motion.innerText()).toContain(
      'For 2, against 2, abstentions 1; the casting vote of Councillor Margaret Davine (in the Chair) for: CARRIED',
    );
    await poll(() => printed.innerText()).toContain(
      'There being an equality of votes, the Chair, Councillor Margaret Davine, used their casting vote for the motion.',
    );
    await screenshot(page, 'live-change-of-chair-recorded');

    // The minutes, read back through LibreOffice.
    await page.goto(meetingUrl);
    const minutes = await renderDocx(
      await download(page, 'Save minutes (.docx)', 'live-change-of-chair-minutes.docx'),
      'live-change-of-chair-minutes.docx',
    );
    expect(minutes.flatText).toContain('Councillor Thaya Idaikkadar in the Chair');
    expect(minutes.flatText).toMatch(/\(Councillor Margaret Davine in the Chair for minute 2\)/);
    expect(minutes.flatText).toContain(
      'There being an equality of votes, the Chair, Councillor Margaret Davine, used their casting vote for the motion.',
    );
    expect(minutes.flatText).toContain('The motion was CARRIED.');
    expect(minutes.flatText).toContain(
      `Councillor Susan Hall did not vote on this item, being barred by ${section106}.`,
    );
  });
});
