import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { renderDocx } from '../documents/support/libreoffice';
import { openChamber, type Chamber } from './support/browser';
import { field, keyBoardMeeting, typeInto } from './support/live-meeting';
import { addItem, download, screenshot } from './documents-support';
import { pickPerson } from './support/live-procedure';
import { poll } from './support/wait';

let chamber: Chamber | undefined;

async function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
}

describe('the minutes’ frame chosen in Settings', () => {
  it('prints numbered attendance and "Moved by X, seconded by Y" in the minutes LibreOffice reads', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    const meetingUrl = await keyBoardMeeting(page, inject('baseUrl'));

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings', exact: true })
      .click();
    const style = page.getByRole('group', { name: 'House style' });
    const preview = style.getByRole('document', { name: 'A minute in this style' });
    await poll(() => preview.textContent()).toContain('It was moved by Councillor Marcus Brennan');
    await page.getByLabel('Organisation name').fill('Harrow Council');
    await style.getByLabel('Motions read').selectOption({ value: 'movedBy' });
    await style.getByLabel('Attendance is printed as').selectOption({ value: 'numbered' });
    await poll(() => preview.textContent()).toContain('Moved by Councillor Marcus Brennan, seconded by');
    expect(await preview.textContent()).toContain('(2) The following officers attended:');
    await preview.scrollIntoViewIfNeeded();
    await screenshot(page, 'house-style-frame-settings');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Settings saved.' }).count()).toBe(1);

    await page.goto(`${meetingUrl.replace(/\/$/, '')}/live`);
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await page.keyboard.press('Alt+A');
    await poll(() => focusedLabel(page)).toMatch(/^Councillor Thaya Idaikkadar/);
    for (let member = 0; member < 4; member += 1) {
      if (member > 0) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('p');
    }
    await poll(() => page.getByRole('status', { name: 'Quorum' }).innerText()).toMatch(/^Quorate/);

    await page
      .getByRole('navigation', { name: 'Agenda' })
      .getByRole('button', { name: /Council Budget/ })
      .click();
    await page.getByRole('button', { name: /^Take item \d+ now/ }).click();
    await page.getByRole('textbox', { name: /^Minute \d+:/ }).waitFor();
    await page.keyboard.press('Alt+O');
    const motions = page.getByRole('region', { name: 'Motions and votes' });
    const moveForm = motions.getByRole('form', { name: 'Move a motion' });
    await pickPerson(moveForm, 'Moved by', 'Councillor Margaret Davine');
    await pickPerson(moveForm, 'Seconded by', 'Councillor Susan Hall');
    await moveForm.getByLabel('Wording as moved').fill('That the budget be approved.');
    await moveForm.getByLabel('Wording as moved').press('Enter');
    // What the screen shows is what prints.
    await poll(() => page.getByRole('list', { name: 'As it will print' }).innerText()).toContain(
      'Moved by Councillor Margaret Davine, seconded by Councillor Susan Hall: That the budget be approved.',
    );
    await screenshot(page, 'house-style-frame-live');

    await page.goto(meetingUrl);
    const minutes = await renderDocx(
      await download(page, 'Save minutes (.docx)', 'house-style-frame-minutes.docx'),
      'house-style-frame-minutes.docx',
    );
    const text = minutes.flatText;
    expect(text).toMatch(/\(1\) Present: Councillor Thaya Idaikkadar Chair Harrow Council/);
    expect(text).toContain(
      'Moved by Councillor Margaret Davine, seconded by Councillor Susan Hall: That the budget be approved.',
    );
    expect(text).not.toContain('It was moved');
    expect(text).not.toMatch(/Present:\s+Councillor Thaya Idaikkadar \(Chair\)/);
  });

  it('puts the committee’s officer on the live roll with their job title and the standing item’s own wording on the agenda', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    const baseUrl = inject('baseUrl');
    await page.goto(`${baseUrl}#/people`);
    const addPerson = page.getByRole('form', { name: 'Add a person' });
    await addPerson.getByLabel(/^Name/).fill('Priya Shah');
    await addPerson.getByLabel('Role or position').fill('Head of Policy');
    await addPerson.getByRole('button', { name: 'Add person' }).click();
    await page.getByText('Priya Shah').first().waitFor();

    await page.goto(`${baseUrl}#/committees/new`);
    await typeInto(page, 'Name', 'Harbourside Scrutiny Board');
    await field(page, 'Type').selectOption('board');
    await typeInto(page, 'Title (member 1)', 'Councillor');
    await typeInto(page, 'Name (member 1)', 'Ada Brown');
    await field(page, 'Role (member 1)').selectOption('chair');
    await page.getByRole('button', { name: 'Add member' }).press('Enter');
    const officer = page.getByRole('combobox', { name: /^Name \(member 2\)/ });
    await officer.pressSequentially('Priya Sh');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /^Priya Shah/ })
      .click();
    await field(page, 'Role (member 2)').selectOption('adviser');
    await page.getByRole('button', { name: 'Save committee' }).press('Enter');
    await page.getByRole('heading', { name: 'Harbourside Scrutiny Board' }).waitFor();
    // The council's own words for a standing item, kept on the committee for every new meeting.
    await page.getByRole('button', { name: 'Edit committee' }).click();
    const wording = 'Members are reminded to send apologies to the clerk by noon on the day.';
    await page.getByLabel('Wording (standing item 1)').fill(wording);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Harbourside Scrutiny Board' }).waitFor();
    await field(page, 'Date').fill('2026-03-11');
    await field(page, 'Start time').fill('18:00');
    await page.getByRole('button', { name: 'Create meeting' }).press('Enter');
    await page.getByRole('tab', { name: 'Agenda' }).waitFor();
    const meetingUrl = page.url();

    await page.getByRole('tab', { name: 'Papers' }).click();
    const pack = await renderDocx(
      await download(page, 'Save agenda pack (.docx)', 'house-style-frame-pack.docx'),
      'house-style-frame-pack.docx',
    );
    expect(pack.flatText).toMatch(
      /1\. Apologies for Absence:.*Members are reminded to send apologies to the clerk/,
    );

    await page.goto(`${meetingUrl.replace(/\/$/, '')}/live`);
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await page.keyboard.press('Alt+A');
    await poll(() => focusedLabel(page)).toMatch(/^Councillor Ada Brown/);
    await page.keyboard.press('p');
    await page.keyboard.press('ArrowDown');
    await poll(() => focusedLabel(page)).toBe('Priya Shah, Head of Policy: Absent');
    await page.keyboard.press('p');
    await poll(() => focusedLabel(page)).toBe('Priya Shah, Head of Policy: Present');
    // An officer never counts toward the quorum.
    await poll(() => page.getByRole('status', { name: 'Quorum' }).innerText()).toMatch(/1 present/);
    await screenshot(page, 'house-style-frame-officer');

    await page.goto(meetingUrl);
    const minutes = await renderDocx(
      await download(page, 'Save minutes (.docx)', 'house-style-frame-officer-minutes.docx'),
      'house-style-frame-officer-minutes.docx',
    );
    expect(minutes.flatText).toContain('Officers: Priya Shah (Head of Policy)');
  });

  it('makes the report cover with the council’s own rows and sections and the author’s answers', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    const meetingUrl = await keyBoardMeeting(page, inject('baseUrl'));
    const number = await addItem(page, 'Library Opening Hours', 'The revised opening hours.');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings', exact: true })
      .click();
    await page.getByLabel('Organisation name').fill('Harrow Council');
    const cover = page.getByRole('group', { name: 'Report cover' });
    await cover.getByLabel('Rows the council adds to the cover table').fill('Scrutiny Lead Member area');
    await cover
      .getByLabel('Section 2: implications the author answers')
      .fill('Financial implications\nLegal implications');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Settings saved.' }).count()).toBe(1);

    await page.goto(meetingUrl);
    await page.getByRole('button', { name: `Details of item ${number}`, exact: true }).click();
    const details = page.getByRole('form', { name: `Details of item ${number}` });
    await details.getByText('Report cover: the author’s answers').click();
    await details.getByRole('textbox', { name: 'Scrutiny Lead Member area' }).fill('Community Safety');
    await details
      .getByRole('textbox', { name: 'Financial implications' })
      .fill('Met from the library budget.');
    await details
      .getByRole('checkbox', { name: 'Not required for this report (Legal implications)' })
      .check();
    await details.getByRole('button', { name: `Save item ${number}` }).click();
    await poll(() => details.getByRole('status').filter({ hasText: 'Saved.' }).count()).toBe(1);
    await screenshot(page, 'house-style-frame-cover-answers');

    const printed = await renderDocx(
      await download(page, `Report cover for item ${number} (.docx)`, 'house-style-frame-cover.docx'),
      'house-style-frame-cover.docx',
    );
    const text = printed.flatText;
    expect(text).toMatch(/Scrutiny Lead Member (area: Community Safety|Community Safety area:)/);
    expect(text).toContain('Financial implications Met from the library budget.');
    expect(text).toContain('Legal implications Not required for this report');
    expect(text).not.toContain('Performance Issues');
  });
});
