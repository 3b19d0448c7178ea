import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openChamber, type Chamber } from './support/browser';
import { poll } from './support/wait';

// One clerk's laptop for the whole file: the committee set up first is the one the meetings belong to.
let open: Chamber;
const committee = 'Planning Committee';

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

beforeAll(async () => {
  open = await openChamber();
});
afterAll(async () => {
  await open?.context.close();
});

async function openCommittee(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Committees' }).click();
  await page.getByRole('link', { name: committee }).click();
  await poll(() => heading(page)).toBe(committee);
}

async function downloaded(page: Page, button: Locator): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFile((await download.path()) ?? '', 'utf8');
}

const events = (ics: string) => ics.match(/^BEGIN:VEVENT\r?$/gm)?.length ?? 0;
const summaries = (ics: string) => [...ics.matchAll(/^SUMMARY:(.*?)\r?$/gm)].map((match) => match[1]);

const memberNames = (page: Page) =>
  page.getByRole('table', { name: 'Members' }).locator('tbody tr td:first-child').allTextContents();

describe('committees, membership, meeting series, calendar and the meeting lifecycle', () => {
  it('edits a committee: quorum, numbering scheme and standing items, with a bad quorum refused', async () => {
    const { page } = open;
    await page.getByRole('button', { name: 'New committee' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(committee);
    await page.getByLabel('Title (member 1)', { exact: true }).fill('Councillor');
    await page.getByRole('combobox', { name: /^Name \(member 1\)/ }).fill('Ada Brown');
    await page.getByLabel('Role (member 1)', { exact: true }).selectOption({ label: 'Chair' });
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByLabel('Title (member 2)', { exact: true }).fill('Councillor');
    await page.getByRole('combobox', { name: /^Name \(member 2\)/ }).fill('Ben Carter');
    await page.getByRole('button', { name: 'Save committee' }).click();
    await poll(() => heading(page)).toBe(committee);

    await page.getByRole('button', { name: 'Edit committee' }).click();
    await poll(() => heading(page)).toBe(`Edit ${committee}`);
    const quorum = page.getByLabel('Quorum (members needed for business)');
    await quorum.fill('0');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await poll(() => page.getByRole('main').textContent()).toContain(
      'The quorum is a whole number of members, 1 or more.',
    );
    expect(await heading(page)).toBe(`Edit ${committee}`);

    await quorum.fill('4');
    await page.getByLabel('Minute numbering').selectOption({
      label: 'Through the municipal year (9/18, 10/18)',
    });
    await page.getByLabel('Title (standing item 1)').fill('Apologies for Absence and Substitutions');
    // Declarations of interest before the substitutes, and no action list.
    await page.getByRole('button', { name: 'Move standing item 3 up' }).click();
    await poll(() => page.getByLabel('Title (standing item 2)').inputValue()).toBe(
      'Declarations of Interest',
    );
    await page.getByRole('button', { name: 'Remove standing item 5' }).click();
    await page.getByRole('button', { name: 'Add a standing item' }).click();
    await page.getByLabel('Title (standing item 8)').fill('Planning Applications Received');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await poll(() => heading(page)).toBe(committee);
    const summary = await page.getByRole('main').textContent();
    expect(summary).toContain('quorum 4');
    expect(summary).toContain('Through the municipal year (9/18, 10/18)');

    await page.reload();
    await page.getByRole('button', { name: 'Edit committee' }).click();
    const titles = page.locator('fieldset[aria-label^="Standing item"] input');
    await poll(() =>
      titles.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
    ).toEqual([
      'Apologies for Absence and Substitutions',
      'Declarations of Interest',
      'Attendance by Substitute Members',
      'Minutes',
      'Any Other Urgent Business',
      'Exclusion of the Press and Public',
      'Date of Next Meeting',
      'Planning Applications Received',
    ]);
    expect(await quorum.inputValue()).toBe('4');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await poll(() => heading(page)).toBe(committee);
  });

  it('adds a substitute with dates, refuses dates that run backwards, and reorders the membership', async () => {
    const { page } = open;
    await openCommittee(page);
    const add = page.getByRole('form', { name: 'Add a member' });
    await add.getByRole('combobox', { name: 'Person' }).fill('Chris Dean');
    await add.getByLabel('Their role').selectOption({ label: 'Substitute' });
    await add.getByRole('button', { name: 'Add to the membership' }).click();
    await poll(() => memberNames(page)).toEqual([
      'Councillor Ada Brown',
      'Councillor Ben Carter',
      'Chris Dean',
    ]);
    expect(await page.getByLabel('Role of Chris Dean').inputValue()).toBe('substitute');

    await page.getByLabel('Member from (Chris Dean)').fill('2027-05-20');
    await poll(() => page.getByLabel('Member from (Chris Dean)').inputValue()).toBe('2027-05-20');
    await page.getByLabel('Member until (Chris Dean)').fill('2027-01-31');
    const alert = page.getByRole('alert');
    await poll(() => alert.textContent()).toContain('The “to” date is before the “from” date: check both.');
    await page.getByLabel('Member until (Chris Dean)').fill('2028-05-17');

    await page.getByRole('button', { name: 'Move Chris Dean up' }).click();
    await poll(() => memberNames(page)).toEqual([
      'Councillor Ada Brown',
      'Chris Dean',
      'Councillor Ben Carter',
    ]);
    await page.getByRole('button', { name: 'Move Councillor Ada Brown down' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => memberNames(page)).toEqual([
      'Chris Dean',
      'Councillor Ada Brown',
      'Councillor Ben Carter',
    ]);

    await page.reload();
    await poll(() => memberNames(page)).toEqual([
      'Chris Dean',
      'Councillor Ada Brown',
      'Councillor Ben Carter',
    ]);
    expect(await page.getByLabel('Member from (Chris Dean)').inputValue()).toBe('2027-05-20');
    expect(await page.getByLabel('Member until (Chris Dean)').inputValue()).toBe('2028-05-17');
  });

  it('creates a series on the second Wednesday, and warns of bank holidays a first-Monday series would hit', async () => {
    const { page } = open;
    await openCommittee(page);
    await page.getByRole('radio', { name: 'A series for a municipal year' }).check();
    const series = page.getByRole('form', { name: 'New series of meetings' });
    await page.getByLabel('Start time').fill('19:00');
    await page.getByLabel('Venue').fill('Committee Room 1');
    const dates = series.getByRole('list', { name: 'Dates in the series' }).locator('li');

    // First Monday of each month in 2028/29: the early May bank holiday, New Year's Day and Easter Monday.
    await series.getByLabel('Repeats').selectOption({ label: 'Monthly, first' });
    await series.getByLabel('Weekday').selectOption({ label: 'Monday' });
    await series.getByLabel('Municipal year starting in').fill('2028');
    await poll(() => dates.count()).toBe(9);
    const warning = await series.getByText(/left out of the series/).textContent();
    expect(warning).toContain('Monday 1 May 2028: bank holiday (Early May bank holiday)');
    expect(warning).toContain("Monday 1 January 2029: bank holiday (New Year's Day)");
    expect(warning).toContain('Monday 2 April 2029: bank holiday (Easter Monday)');
    expect(await dates.allTextContents()).not.toContain('Monday 1 May 2028');

    await series.getByLabel('Repeats').selectOption({ label: 'Monthly, second' });
    await series.getByLabel('Weekday').selectOption({ label: 'Wednesday' });
    await series.getByLabel('Municipal year starting in').fill('2027');
    await poll(() => dates.count()).toBe(12);
    expect(await series.getByText(/left out of the series/).count()).toBe(0);
    expect(await dates.first().textContent()).toBe('Wednesday 12 May 2027');
    expect(await dates.last().textContent()).toBe('Wednesday 12 April 2028');
    await series.getByRole('button', { name: 'Create 12 meetings' }).click();
    await poll(() => series.getByRole('status').textContent()).toBe('12 meetings created for 2027/28.');

    const table = page.getByRole('table', { name: 'Meetings' });
    await poll(() => table.locator('tbody tr').count()).toBe(12);
    expect(await table.locator('tbody tr').first().textContent()).toContain('7.00 pm');

    const ics = await downloaded(page, page.getByRole('button', { name: 'Export these meetings (.ics)' }));
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(events(ics)).toBe(12);
    expect(new Set(summaries(ics))).toEqual(new Set([`${committee} - Ordinary`]));
    expect(ics).toContain('DTSTART:20270512T180000Z');
  });

  it('reschedules one meeting and cancels another, and the calendar and its .ics follow', async () => {
    const { page } = open;
    await openCommittee(page);
    await page.getByRole('link', { name: 'Wednesday 12 May 2027' }).click();
    await poll(() => heading(page)).toBe(`${committee}: Wednesday 12 May 2027`);
    await page
      .getByRole('toolbar', { name: 'Meeting commands' })
      .getByRole('button', { name: 'More commands' })
      .click();
    await page.getByRole('menuitem', { name: 'Reschedule' }).click();
    const move = page.getByRole('form', { name: 'Reschedule the meeting' });
    await move.getByLabel('New day').fill('2027-05-19');
    await move.getByLabel('New venue').fill('Council Chamber');
    await move.getByRole('button', { name: 'Move the meeting' }).click();
    await poll(() => heading(page)).toBe(`${committee}: Wednesday 19 May 2027`);
    expect(await page.getByRole('main').textContent()).toContain('Rescheduled from Wednesday 12 May 2027.');

    await openCommittee(page);
    await page.getByRole('link', { name: 'Wednesday 9 June 2027' }).click();
    await poll(() => heading(page)).toBe(`${committee}: Wednesday 9 June 2027`);
    await page
      .getByRole('toolbar', { name: 'Meeting commands' })
      .getByRole('button', { name: 'More commands' })
      .click();
    await page.getByRole('menuitem', { name: 'Cancel the meeting' }).click();
    await poll(() => page.getByRole('button', { name: 'Reinstate the meeting' }).count()).toBe(1);
    expect(await page.getByText('Cancelled', { exact: true }).count()).toBe(1);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar' }).click();
    await poll(() => heading(page)).toBe('Calendar');
    const month = page.locator('h2[aria-live="polite"]');
    // Step from this month to May 2027, whichever month today is.
    for (let step = 0; step < 60 && (await month.textContent()) !== 'May 2027'; step += 1) {
      const [name, year] = ((await month.textContent()) ?? '').split(' ');
      const before = new Date(`${name} 1, ${year}`) < new Date('May 1, 2027');
      const text = await month.textContent();
      await page.getByRole('button', { name: before ? 'Next month' : 'Previous month' }).click();
      await poll(() => month.textContent()).not.toBe(text);
    }
    const may = page.getByRole('table', { name: 'Meetings in May 2027' });
    await poll(() => may.getByRole('link').allTextContents()).toEqual([`7.00 pm ${committee}`]);
    const cell = may.locator('td', { has: page.getByRole('link', { name: `7.00 pm ${committee}` }) });
    expect((await cell.locator('div').first().textContent())?.trim()).toBe('19');
    const mayIcs = await downloaded(page, page.getByRole('button', { name: 'Export May 2027 (.ics)' }));
    expect(events(mayIcs)).toBe(1);
    expect(summaries(mayIcs)).toEqual([`${committee} - Ordinary`]);
    expect(mayIcs).toContain('DTSTART:20270519T180000Z');
    expect(mayIcs.replace(/\r?\n[ \t]/g, '')).toContain('LOCATION:Council Chamber');

    await page.getByRole('button', { name: 'Next month' }).click();
    const june = page.getByRole('table', { name: 'Meetings in June 2027' });
    await poll(() => june.getByRole('link').allTextContents()).toEqual([`7.00 pm ${committee} (Cancelled)`]);
    // A cancelled meeting is not offered to calendars: June has nothing to export.
    expect(await page.getByRole('button', { name: 'Export June 2027 (.ics)' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Next month' }).click();
    const july = await downloaded(page, page.getByRole('button', { name: 'Export July 2027 (.ics)' }));
    expect(events(july)).toBe(1);
    expect(july).toContain('DTSTART:20270714T180000Z');
  });
});
