import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { renderDocx } from '../documents/support/libreoffice';
import { download, screenshot } from './documents-support';
import { openChamber } from './support/browser';
import { keyBoardMeeting } from './support/live-meeting';
import { everyonePresent, focusIsOn, lookAtItem, poll, tabTo, takeItem } from './support/live-procedure';

/** A name added to a list of the recorded vote: part of it typed, then Enter once it is the one name offered. */
async function name(
  page: Page,
  list: 'For' | 'Against' | 'Abstained',
  part: string,
  count: number,
  key = 'Tab',
) {
  await tabTo(page, new RegExp(`^${list}: add a name`), key);
  await page.keyboard.type(part);
  await poll(() => page.getByRole('listbox').getByRole('option').count()).toBe(1);
  await page.keyboard.press('Enter');
  await page
    .getByRole('group', { name: 'Motion 1' })
    .getByRole('list', { name: `${list} (${count})` })
    .waitFor();
  await focusIsOn(page, new RegExp(`^${list}: add a name`));
}

describe('a recorded vote where the house prints it as a table', () => {
  it('shows on the live screen the Name | Vote table the minutes print, in the order the names were called', async () => {
    const { page } = await openChamber();
    const meetingUrl = await keyBoardMeeting(page, inject('baseUrl'));

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings', exact: true })
      .click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Settings');
    await page.getByLabel('Organisation name').fill('Harrow Council');
    await page
      .getByRole('group', { name: 'House style' })
      .getByLabel('Recorded votes are printed as')
      .selectOption({ value: 'table' });
    await page.getByRole('button', { name: 'Save settings' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Settings saved.' }).count()).toBe(1);

    await page.goto(`${meetingUrl.replace(/\/$/, '')}/live`);
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await everyonePresent(page);
    await lookAtItem(page, 7);
    await takeItem(page);
    await page.keyboard.press('Alt+O');
    await focusIsOn(page, /^Moved by/);
    await tabTo(page, /^Wording as moved/);
    await page.keyboard.type('That the Council budget for 2013/14 be approved.');
    await page.keyboard.press('Enter');
    await focusIsOn(page, /^Counts/);
    await page.keyboard.press('ArrowRight');
    await focusIsOn(page, /^Recorded vote/);
    // The lists are drawn once the choice is stored: Tab only then.
    await page.getByRole('combobox', { name: 'For: add a name' }).waitFor();
    await name(page, 'For', 'davine', 1);
    await name(page, 'Against', 'porter', 1);
    await name(page, 'For', 'idaik', 2, 'Shift+Tab');
    await name(page, 'Abstained', 'small', 1);
    await tabTo(page, /^Record the vote$/);
    await page.keyboard.press('Enter');

    const printed = page.getByRole('list', { name: 'As it will print' });
    const table = printed.getByRole('table', { name: 'Recorded vote' });
    await poll(() => table.getByRole('row').allInnerTexts()).toEqual([
      'Name\tVote',
      'Councillor Margaret Davine\tFor',
      'Steve Porter\tAgainst',
      'Councillor Thaya Idaikkadar\tFor',
      'Dr Genevieve Small\tAbstain',
    ]);
    await screenshot(page, 'live-recorded-vote-table');

    await page.goto(meetingUrl);
    const minutes = await renderDocx(
      await download(page, 'Save minutes (.docx)', 'live-recorded-vote-table-minutes.docx'),
      'live-recorded-vote-table-minutes.docx',
    );
    expect(minutes.flatText).toContain(
      'A recorded vote was taken: Name Vote Councillor Margaret Davine For Steve Porter Against Councillor Thaya Idaikkadar For Dr Genevieve Small Abstain For: 2, Against: 1, Abstentions: 1',
    );
  });
});
