import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { renderDocx } from '../documents/support/libreoffice';
import { openChamber, type Chamber } from './support/browser';
import { focused } from './support/focus';
import { keyBoardMeeting } from './support/live-meeting';
import { addItem, download, screenshot } from './documents-support';
import { everyonePresent, pickPerson } from './support/live-procedure';
import { poll } from './support/wait';

let chamber: Chamber | undefined;

async function take(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: title }).click();
  await page.getByRole('button', { name: /^Take item \d+ now/ }).click();
  await page.getByRole('textbox', { name: /^Minute \d+:/ }).waitFor();
}

/** Record the next step of the running order from its form; the focus comes back to "Next step". */
async function step(page: Page, kind: string, fill: (form: Locator) => Promise<void>): Promise<void> {
  await page.keyboard.press('Alt+G');
  await poll(() => focused(page)).toMatch(/^Next step/);
  const form = page.getByRole('form', { name: 'Record the next step' });
  await form.getByLabel('Next step').selectOption({ label: kind });
  await fill(form);
  await form.getByRole('button', { name: 'Add to the minute' }).click();
  await poll(() => form.getByRole('alert').count()).toBe(0);
  await poll(() => focused(page)).toMatch(/^Next step/);
}

const office = 'Chair of the Board for the ensuing year';

describe('procedure minuted as it happened', () => {
  it('prints an election, an amended motion and a lost exclusion in the order they happened', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    await keyBoardMeeting(page, inject('baseUrl'));
    await addItem(page, 'Leisure Contract', 'Tender evaluation.', true);
    const meetingUrl = page.url();
    await page.getByRole('button', { name: 'Go into the meeting' }).press('Enter');
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await everyonePresent(page);

    // An election: two nominations, no others, a contested vote by show of hands, the resolution.
    await take(page, /Cohesion and Integration Charter/);
    await step(page, 'Nomination', async (form) => {
      await form.getByLabel('Office').fill(office);
      await form.getByLabel('Nominated').selectOption({ label: 'Councillor Thaya Idaikkadar' });
      await form.getByLabel('Moved by').selectOption({ label: 'Councillor Margaret Davine' });
      await form.getByLabel('Seconded by').selectOption({ label: 'Councillor Susan Hall' });
    });
    await step(page, 'Nomination', async (form) => {
      // The office carries over from the nomination before.
      expect(await form.getByLabel('Office').inputValue()).toBe(office);
      await form.getByLabel('Nominated').selectOption({ label: 'Councillor Susan Hall' });
      await form.getByLabel('Moved by').selectOption({ label: 'Rob Larkman' });
      await form.getByLabel('Seconded by').selectOption({ label: 'Steve Porter' });
    });
    await step(page, 'There were no other nominations', async () => undefined);
    await step(page, 'Election vote between the candidates', async (form) => {
      await form.getByLabel('Votes for Councillor Thaya Idaikkadar').fill('4');
      await form.getByLabel('Votes for Councillor Susan Hall').fill('2');
    });
    await step(page, 'Elected (the resolution)', async (form) => {
      await form.getByLabel('Elected').selectOption({ label: 'Councillor Thaya Idaikkadar' });
    });
    const printed = page.getByRole('list', { name: 'As it will print' });
    await poll(() => printed.innerText()).toContain(
      `RESOLVED that Councillor Thaya Idaikkadar be elected ${office}.`,
    );
    await screenshot(page, 'live-procedure-election');

    // A motion, an amendment carried, then the substantive motion as amended.
    await take(page, /Council Budget/);
    await page.keyboard.press('Alt+O');
    const motions = page.getByRole('region', { name: 'Motions and votes' });
    const moveForm = motions.getByRole('form', { name: 'Move a motion' });
    await pickPerson(moveForm, 'Moved by', 'Councillor Margaret Davine');
    await moveForm.getByLabel('Wording as moved').fill('That the budget be approved.');
    await moveForm.getByLabel('Wording as moved').press('Enter');
    await motions.getByRole('group', { name: 'Motion 1' }).waitFor();
    await pickPerson(moveForm, 'Moved by', 'Steve Porter');
    await moveForm.getByLabel('Amends').selectOption({ index: 1 });
    await moveForm.getByLabel('Wording as moved').fill('Add: subject to a review in six months.');
    await moveForm.getByLabel('Wording as moved').press('Enter');
    const amendment = motions.getByRole('group', { name: 'Amendment 2' });
    await amendment.getByRole('spinbutton', { name: 'For' }).fill('4');
    await amendment.getByRole('spinbutton', { name: 'Against' }).fill('2');
    await amendment.getByRole('spinbutton', { name: 'Against' }).press('Tab');
    await amendment.getByRole('button', { name: 'Record the vote' }).click();
    await poll(() => amendment.innerText()).toContain('CARRIED');
    const substantive = motions.getByRole('group', { name: 'Motion 1' });
    const asAmended = substantive.getByLabel('The motion as amended (put to the vote)');
    await asAmended.fill('That the budget be approved, subject to a review in six months.');
    await asAmended.press('Enter');
    await poll(() => focused(page)).toMatch(/How the vote is recorded|Counts/);
    await substantive.getByRole('spinbutton', { name: 'For' }).fill('5');
    await substantive.getByRole('spinbutton', { name: 'Against' }).fill('1');
    await substantive.getByRole('spinbutton', { name: 'Against' }).press('Tab');
    await substantive.getByRole('button', { name: 'Record the vote' }).click();
    await poll(() => printed.innerText()).toContain('The substantive motion, as amended, was CARRIED.');
    await screenshot(page, 'live-procedure-amendment');

    // The motion to exclude the press and public, lost on a declared result.
    await take(page, /Community Budgets/);
    const exclusion = page.getByRole('form', { name: 'Move to exclude the press and public' });
    await exclusion.getByLabel('Exclusion moved by').selectOption({ label: 'Councillor Thaya Idaikkadar' });
    await exclusion.getByLabel('Exclusion seconded by').selectOption({ label: 'Dr Genevieve Small' });
    await exclusion.getByRole('button', { name: 'Move the exclusion of the press and public' }).click();
    const exclusionMotion = motions.getByRole('group', { name: 'Motion 1' });
    await exclusionMotion.getByRole('radio', { name: 'Result only (no count)' }).check();
    await exclusionMotion.getByLabel('The Chair declared the motion').selectOption({ label: 'Lost' });
    await exclusionMotion.getByRole('button', { name: 'Record the vote' }).click();
    await poll(() => printed.innerText()).toMatch(
      /The press and public were not excluded: item \d+ was considered in public\./,
    );

    // The Part B item is then heard in public: the screen says so, and its minute is a public one.
    await take(page, /Leisure Contract/);
    await poll(() => page.getByRole('region', { name: 'Press and public' }).innerText()).toContain(
      'This Part B item is being heard in public',
    );
    await page.keyboard.type('The Board discussed the contract in public.');
    await screenshot(page, 'live-procedure-part-b-in-public');

    await page.goto(meetingUrl);
    const minutes = await renderDocx(
      await download(page, 'Save minutes (.docx)', 'live-procedure-minutes.docx'),
      'live-procedure-minutes.docx',
    );
    const text = minutes.flatText;
    const inOrder = (...phrases: string[]) => {
      const places = phrases.map((phrase) => text.indexOf(phrase));
      expect(
        places.every((place) => place >= 0),
        `all of ${phrases.join(' | ')}`,
      ).toBe(true);
      expect([...places].sort((a, b) => a - b)).toEqual(places);
    };
    inOrder(
      `Councillor Thaya Idaikkadar was nominated by Councillor Margaret Davine and seconded by Councillor Susan Hall for ${office}.`,
      `Councillor Susan Hall was nominated by Rob Larkman and seconded by Steve Porter for ${office}.`,
      'There were no other nominations.',
      'A vote was taken by a show of hands between Councillor Thaya Idaikkadar and Councillor Susan Hall:',
      'Councillor Thaya Idaikkadar: 4 votes',
      'Councillor Susan Hall: 2 votes',
      `RESOLVED that Councillor Thaya Idaikkadar be elected ${office}.`,
    );
    // Each step prints once.
    for (const once of [
      'It was moved by Councillor Margaret Davine: That the budget be approved.',
      'The amendment was CARRIED.',
      'The substantive motion, as amended, was CARRIED.',
      'On being put to the vote the motion was clearly LOST.',
      'There were no other nominations.',
    ])
      expect(text.split(once).length, once).toBe(2);
    inOrder(
      'It was moved by Councillor Margaret Davine: That the budget be approved.',
      'An amendment was moved by Steve Porter: Add: subject to a review in six months.',
      'For: 4, Against: 2, Abstentions: 0',
      'The amendment was CARRIED.',
      'The substantive motion, as amended, was put to the vote: That the budget be approved, subject to a review in six months.',
      'For: 5, Against: 1, Abstentions: 0',
      'The substantive motion, as amended, was CARRIED.',
    );
    inOrder(
      'It was moved by Councillor Thaya Idaikkadar and seconded by Dr Genevieve Small: That under section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for item',
      'On being put to the vote the motion was clearly LOST.',
      'The press and public were not excluded: item',
      'Leisure Contract',
      'This item was considered with the press and public present.',
      'The Board discussed the contract in public.',
    );
  });
});
