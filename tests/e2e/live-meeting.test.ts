import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openChamber, type Chamber } from './support/browser';
import { keyBoardMeeting } from './support/live-meeting';
import { focused } from './support/focus';
import { poll } from './support/wait';

let chamber: Chamber | undefined;

async function press(page: Page, ...keys: string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

/** Tab forward (only the keyboard) until the named field has the focus. */
async function tabTo(page: Page, label: RegExp): Promise<void> {
  for (let tries = 0; tries < 60; tries += 1) {
    if (label.test(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tabbing never reached ${label}`);
}

async function at(page: Page, time: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`2012-12-06T${time}:00`));
  // The clock on screen refreshes every few seconds; stamps read the time when the key is pressed.
}

async function takeNext(page: Page, minute: string, title: string): Promise<void> {
  await page.keyboard.press('Alt+N');
  await poll(() => focused(page)).toBe(`Minute ${minute}: ${title}`);
}

async function resolve(page: Page, lines: string[]): Promise<void> {
  await page.keyboard.press('Alt+R');
  await poll(() => focused(page)).toMatch(/^Wording/);
  await page.keyboard.press('Tab');
  await poll(() => focused(page)).toMatch(/^Resolution for/);
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

describe('minuting a whole meeting from the keyboard (seed 004, 6 December 2012)', () => {
  it('records attendance, declarations, resolutions, an item out of order, exclusion and close with times', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    const origin = new URL(inject('baseUrl')).origin;
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
        elsewhere.push(request.url());
    });
    await keyBoardMeeting(page, inject('baseUrl'));
    await page.getByRole('button', { name: 'Go into the meeting' }).press('Enter');
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await at(page, '18:00');

    // Continuous numbering carries on from the paper minutes: this meeting starts at 101.
    await tabTo(page, /First minute number/);
    await press(page, 'Control+A');
    await page.keyboard.type('101');
    await press(page, 'Enter');

    await at(page, '18:02');
    await press(page, 'Alt+S');
    await poll(() => page.getByRole('list', { name: 'Events' }).innerText()).toContain(
      'Meeting started at 6.02 pm',
    );

    // The roll call: P present, A apologies, X absent, one key each, arrows between names.
    await press(page, 'Alt+A');
    await poll(() => focused(page)).toMatch(/^Councillor Thaya Idaikkadar/);
    await press(
      page,
      'p',
      'ArrowDown',
      'p',
      'ArrowDown',
      'p',
      'ArrowDown',
      'a',
      'ArrowDown',
      'x',
      'ArrowDown',
      'p',
    );
    await poll(() => page.getByRole('status', { name: 'Quorum' }).innerText()).toBe(
      'Quorate: 4 present, 4 needed',
    );
    await tabTo(page, /^Name \(and role\)/);
    await page.keyboard.type('Marianne Locke (Divisional Director, Community and Culture)');
    await press(page, 'Enter');
    await poll(() => page.getByRole('complementary', { name: 'Attendance' }).innerText()).toContain(
      'Marianne Locke',
    );

    await takeNext(page, '101', 'Apologies for Absence');
    await page.keyboard.type('Apologies for absence were received from Rob Larkman (NHS Harrow).');
    await resolve(page, ['That the apologies received be noted.']);

    await takeNext(page, '102', 'Attendance by Substitute Members');
    await page.keyboard.type(
      'A new representative had been nominated by the Voluntary and Community Sector.',
    );
    // Steve Porter arrives late, during this item.
    await at(page, '18:10');
    await press(page, 'Alt+A', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown');
    await poll(() => focused(page)).toMatch(/^Steve Porter/);
    await press(page, 'l');
    await poll(() => focused(page)).toMatch(/^Steve Porter: Present, arrived 6\.10 pm \(item 2\)/);
    await resolve(page, [
      'That',
      'Mr Steve Porter replace Julie Browne as a Member of the Board;',
      'the apologies received be noted.',
    ]);

    // Declarations: Councillor Susan Hall, in the Council Budget item (7), a non-registrable interest.
    await takeNext(page, '103', 'Declarations of Interest');
    await press(page, 'Alt+D');
    await poll(() => focused(page)).toMatch(/^Member/);
    await press(page, 'ArrowDown', 'ArrowDown', 'ArrowDown', 'Tab');
    await poll(() => focused(page)).toMatch(/^On item/);
    for (let step = 0; step < 4; step += 1) await press(page, 'ArrowDown');
    await press(page, 'Tab', 'ArrowDown', 'ArrowDown', 'Tab');
    await page.keyboard.type('Trustee of a charity that receives a Council grant');
    await press(page, 'Tab', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'Tab', 'Enter');
    const declarations = page.getByRole('region', { name: 'Declarations of interest' });
    await poll(() => declarations.innerText()).toContain(
      'Item 7: Councillor Susan Hall: non-registrable interest (Trustee of a charity that receives a Council grant); remained and took part.',
    );

    await takeNext(page, '104', 'Minutes');
    await resolve(page, [
      'That the minutes of the meeting held on 28 June 2012 be taken as read and signed as a correct record.',
    ]);

    // The Chair varies the order: the Charter (item 6) before the Action List (item 5).
    await at(page, '18:14');
    await press(page, 'Alt+ArrowDown', 'Alt+ArrowDown', 'Alt+T');
    await poll(() => focused(page)).toBe('Minute 105: Harrow Community Cohesion and Integration Charter');
    await page.keyboard.type(
      'The Board received a report on a proposed Charter for adoption by all partners. ',
    );
    await press(page, 'Alt+2');
    await page.keyboard.type('how the Charter would be promoted.');
    await resolve(page, [
      'That',
      'the Harrow Community Cohesion and Integration Charter be adopted;',
      'the Chair of the Harrow Partnership Board sign the Charter on behalf of all Members;',
      'the Safer Harrow and Shadow Health and Well-being Boards amend their terms of reference to include the Charter;',
      'all Members of the Partnership Board disseminate the Charter within their organisations to adopt and embed the principles.',
    ]);
    await poll(() => page.getByLabel('Resolution as it will print').innerText()).toMatch(
      /AGREED: That\s*\(1\) the Harrow Community[\s\S]*\(4\) all Members of the Partnership Board/,
    );

    await takeNext(page, '106', 'Action List from the Previous Meeting');
    await press(page, 'Alt+4');
    await resolve(page, ['That the report be noted.']);

    await takeNext(page, '107', 'Council Budget');
    await page.keyboard.type('Partners shared their financial positions:');
    await press(page, 'Enter', 'Control+Shift+8');
    await page.keyboard.type('the Council faced a funding gap over the next three years;');
    await press(page, 'Enter');
    await page.keyboard.type('NHS Harrow was working to a recovery plan.');
    await resolve(page, ['That the report be noted.']);

    await takeNext(page, '108', 'Community Budgets - A Better Way of Doing Business?');
    await resolve(page, [
      'That the comments and views of the Board be considered in assessing the appetite for developing a local community budget proposal.',
    ]);
    await takeNext(page, '109', 'Report of Activity at Harrow Chief Executives');
    await resolve(page, ['That the report be noted.']);
    await takeNext(page, '110', 'Any Other Urgent Business');
    await page.keyboard.type('There was no urgent business.');

    // Exclusion of the press and public under paragraph 3 of Schedule 12A.
    await takeNext(page, '111', 'Exclusion of the Press and Public');
    await at(page, '18:45');
    await press(page, 'Alt+X');
    await poll(() => focused(page)).toMatch(/Schedule 12A paragraph/);
    await press(page, 'ArrowDown', 'ArrowDown', 'Enter');

    await takeNext(page, '112', 'Date of Next Meeting');
    await resolve(page, [
      'To note that the next meeting of the Board would be held on Wednesday 13 March 2013.',
    ]);
    await at(page, '18:52');
    // One key does not end the record: Alt+Q asks, Alt+Q again closes, and Undo is there if it was a slip.
    await press(page, 'Alt+Q');
    await poll(() => page.getByRole('main').getByRole('status').last().innerText()).toContain(
      'Close the meeting at 6.52 pm? Press Alt+Q (or Close) again to close it',
    );
    expect(await page.getByRole('list', { name: 'Events' }).innerText()).not.toContain('Meeting closed');
    await press(page, 'Alt+Q');
    await poll(() => page.getByRole('status', { name: 'Undo' }).innerText()).toContain(
      'Meeting closed at 6.52 pm.',
    );
    await page.getByRole('status', { name: 'Undo' }).getByRole('button', { name: 'Undo (Ctrl+Z)' }).click();
    await poll(() => page.getByRole('list', { name: 'Events' }).innerText()).not.toContain('Meeting closed');
    await press(page, 'Alt+Q', 'Alt+Q');

    const events = page.getByRole('list', { name: 'Events' });
    await poll(() => events.innerText()).toContain('Meeting closed at 6.52 pm');
    const eventText = await events.innerText();
    expect(eventText).toContain('Meeting started at 6.02 pm');
    expect(eventText).toContain('Order of business varied at 6.14 pm');
    expect(eventText).toContain('Press and public excluded (paragraph 3) at 6.45 pm');

    const agenda = await page.getByRole('navigation', { name: 'Agenda' }).innerText();
    for (let number = 101; number <= 112; number += 1) expect(agenda).toContain(`Minute ${number}`);
    expect(agenda).toMatch(/Harrow Community Cohesion and Integration Charter\s*Minute 105/);
    expect(agenda).toMatch(/Action List from the Previous Meeting\s*Minute 106/);

    // Everything is in the database: a fresh load of the screen shows it.
    await page.reload();
    await press(page, 'Alt+ArrowUp');
    await page
      .getByRole('button', { name: /Council Budget/ })
      .first()
      .waitFor();
    for (let step = 0; step < 5; step += 1) await press(page, 'Alt+ArrowUp');
    const budget = page.getByRole('textbox', { name: 'Minute 107: Council Budget' });
    await poll(() => budget.innerText()).toContain('the Council faced a funding gap');
    expect(await budget.locator('ul li').count()).toBe(2);
    expect(elsewhere).toEqual([]);
  });

  it('makes no request anywhere but the app’s own origin while minuting', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    const origin = new URL(inject('baseUrl')).origin;
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
        elsewhere.push(request.url());
    });
    const url = await keyBoardMeeting(page, inject('baseUrl'));
    await page.goto(`${url}/live`);
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await press(page, 'Alt+N');
    await poll(() => focused(page)).toMatch(/^Minute 1: /);
    await page.keyboard.type('Apologies were received from Rob Larkman.', { delay: 5 });
    await press(page, 'Alt+A', 'p', 'F1', 'Alt+K');
    const newPhrase = page.getByRole('form', { name: 'New phrase' });
    await newPhrase.getByRole('textbox', { name: 'Wording' }).press('Control+A');
    await page.keyboard.type('Members noted the update.');
    await press(page, 'Enter');
    await poll(() => page.getByRole('button', { name: /Alt\+9\s*Members noted the update\./ }).count()).toBe(
      1,
    );
    expect(elsewhere).toEqual([]);
  });
});
