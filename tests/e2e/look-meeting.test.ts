import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openChamber, type Chamber } from './support/browser';
import { field, keyBoardMeeting, typeInto } from './support/live-meeting';
import { poll } from './support/wait';

let chamber: Chamber | undefined;

const commandBar = (page: Page) => page.getByRole('toolbar', { name: 'Meeting commands' });

/** The command the bar puts first, and whether it is drawn as the primary button (filled in the brand blue). */
async function mainCommand(page: Page): Promise<string> {
  // Away from the bar: a hovered primary button is a darker blue.
  await page.mouse.move(0, 0);
  const first = commandBar(page).getByRole('button').first();
  const filled = await first.evaluate((button) => getComputedStyle(button).backgroundColor);
  const name = (await first.textContent()) ?? '';
  // Fluent's brand background (#0f6cbd): a subtle button is transparent.
  return filled === 'rgb(15, 108, 189)' ? name : `${name} (not drawn as primary)`;
}

/** How much of the element the window shows, top and bottom, at the size it is now. */
async function inWindow(page: Page, selector: ReturnType<Page['locator']>) {
  const box = await selector.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return 'not drawn';
  return box.y >= 0 && box.y + box.height <= size.height ? 'in view' : `at ${box.y}-${box.y + box.height}`;
}

describe('the meeting screen, Office-grade', () => {
  it('shows the first agenda item above the fold at 1024x700', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    const meetingUrl = await keyBoardMeeting(page, inject('baseUrl'));
    await page.setViewportSize({ width: 1024, height: 700 });
    // Opened afresh, as from the committee's list: the screen starts at its top.
    await page.goto(inject('baseUrl'));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.goto(meetingUrl);
    const agenda = page.getByRole('list', { name: 'Agenda' });
    await agenda.waitFor();
    const first = agenda.getByRole('listitem').first();
    expect(await first.textContent()).toContain('Apologies for Absence');
    expect(await page.getByRole('main').evaluate((main) => main.scrollTop)).toBe(0);
    expect(await inWindow(page, first)).toBe('in view');
    await page.screenshot({ path: join(tmpdir(), 'look-meeting-1024x700.png') });
    // The deadlines are one line; the rest opens on demand and closes again.
    await page.getByRole('button', { name: 'All deadlines' }).click();
    await page.getByText('Decisions can be implemented from').waitFor();
    await page.getByRole('button', { name: 'Fewer deadlines' }).click();
    await poll(() => page.getByText('Decisions can be implemented from').count()).toBe(0);
  });

  it('puts the command of the meeting’s stage first, from building the agenda to saving the minutes', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    const boardMeeting = await keyBoardMeeting(page, inject('baseUrl'));
    // The Partnership Board met on 6 December 2012 and was never closed: its day has come, so in it goes.
    await page.goto(boardMeeting);
    await poll(() => mainCommand(page)).toBe('Go into the meeting');

    // A meeting far ahead, with only the standing items: the agenda comes first.
    await page.getByRole('main').getByRole('link', { name: 'Harrow Partnership Board' }).click();
    await field(page, 'Date').fill('2097-03-13');
    await field(page, 'Start time').fill('18:00');
    await typeInto(page, 'Venue', 'Council Chamber');
    await page.getByRole('button', { name: 'Create meeting' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: /Wednesday 13 March 2097/ }).waitFor();
    await poll(() => mainCommand(page)).toBe('Build the agenda');
    expect(await commandBar(page).getByRole('button', { name: 'Save minutes (.docx)' }).count()).toBe(1);

    // "Build the agenda" takes the clerk to the new item's title.
    await page.getByRole('tab', { name: 'Attendance' }).click();
    await commandBar(page).getByRole('button', { name: 'Build the agenda' }).click();
    await poll(() =>
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent),
    ).toMatch(/^Item title/);
    await page.keyboard.type('Street Trading Policy');
    await page.getByRole('button', { name: 'Add item' }).press('Enter');
    await poll(() => mainCommand(page)).toBe('Make the agenda pack');

    await commandBar(page).getByRole('button', { name: 'Make the agenda pack' }).click();
    await poll(() => page.getByRole('tab', { name: 'Papers' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('region', { name: 'Agenda packs' }).waitFor();

    for (const [step, next] of [
      ['Publish the agenda', 'Make the agenda pack'],
      ['Mark as held', 'Write the minutes'],
      ['Mark minutes as drafted', 'Approve the minutes'],
      ['Approve the minutes', 'Save minutes (.docx)'],
    ] as const) {
      await commandBar(page).getByRole('button', { name: step }).click();
      await poll(() => mainCommand(page)).toBe(next);
    }
    expect(await page.getByText('Minutes approved', { exact: true }).count()).toBe(1);

    // The committee's meetings sort by a click on a column's header, and back again.
    await page.getByRole('main').getByRole('link', { name: 'Harrow Partnership Board' }).click();
    const meetings = page.getByRole('table', { name: 'Meetings' });
    const firstRow = () => meetings.getByRole('row').nth(1).textContent();
    await poll(firstRow).toContain('Thursday 6 December 2012');
    const day = meetings.getByRole('columnheader', { name: 'Day' });
    expect(await day.getAttribute('aria-sort')).toBe('ascending');
    await day.click();
    await poll(firstRow).toContain('Wednesday 13 March 2097');
    expect(await day.getAttribute('aria-sort')).toBe('descending');
    // Statuses sort along the lifecycle: planned before minutes approved.
    await meetings.getByRole('columnheader', { name: 'Status' }).click();
    await poll(firstRow).toContain('Planned');
    await meetings.getByRole('columnheader', { name: 'Status' }).click();
    await poll(firstRow).toContain('Minutes approved');
    // Two meetings keyed and taken through every stage: a minute alone, more beside a second test run.
  }, 240_000);
});
