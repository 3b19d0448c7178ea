import type { Page } from 'playwright-core';
import { describe, inject, it } from 'vitest';
import { openChamber, type Chamber } from './support/browser';
import { keyBoardMeeting } from './support/live-meeting';
import { focused } from './support/focus';
import { poll } from './support/wait';

let chamber: Chamber | undefined;

async function press(page: Page, ...keys: string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

describe('after every action on the live screen the focus is where the clerk types next', () => {
  it('declaration, motion, vote, action (Enter in the date box adds it) and others present', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    const url = await keyBoardMeeting(page, inject('baseUrl'));
    await page.goto(`${url.replace(/\/$/, '')}/live`);
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    // The roll call: everyone present.
    await press(page, 'Alt+A');
    await poll(() => focused(page)).toMatch(/^Councillor Thaya Idaikkadar/);
    for (let person = 0; person < 6; person += 1) await press(page, 'p', 'ArrowDown');
    await press(page, 'Alt+N');
    await poll(() => focused(page)).toBe('Minute 1: Apologies for Absence');

    // A declaration: the member found by typing part of the name (Enter picks the one left and moves on to the
    // item), recorded with Enter, then the focus is back on Member for the next one.
    await press(page, 'Alt+D');
    await poll(() => focused(page)).toMatch(/^Member/);
    await page.keyboard.type('davine');
    await poll(() => page.getByRole('listbox').innerText()).toBe(
      'In the room\nCouncillor Margaret Davine (Harrow Council)',
    );
    await press(page, 'Enter');
    await poll(() => focused(page)).toMatch(/^On item/);
    await press(page, 'Tab', 'Tab');
    await poll(() => focused(page)).toMatch(/^Nature of the interest/);
    await page.keyboard.type('Trustee of a local charity');
    await press(page, 'Enter');
    await poll(() => page.getByRole('region', { name: 'Declarations of interest' }).innerText()).toContain(
      'Councillor Margaret Davine: disclosable pecuniary interest (Trustee of a local charity)',
    );
    await poll(() => focused(page)).toMatch(/^Member/);

    // A motion: recorded with Enter, then the focus is on its vote; Alt+B lands there too.
    // Moved by: typed and picked with Enter; seconded by: the arrows choose in the list by surname, Enter picks.
    await press(page, 'Alt+O');
    await poll(() => focused(page)).toMatch(/^Moved by/);
    await page.keyboard.type('hall');
    await poll(() => page.getByRole('listbox').innerText()).toBe('Councillor Susan Hall (Harrow Council)');
    await press(page, 'Enter');
    await poll(() => focused(page)).toMatch(/^Seconded by/);
    await press(page, 'ArrowDown');
    await page.getByRole('listbox').waitFor();
    await press(page, 'ArrowDown', 'ArrowDown', 'ArrowUp', 'Enter');
    await poll(() => focused(page)).toMatch(/^Amends/);
    await press(page, 'Tab');
    await poll(() => focused(page)).toMatch(/^Wording as moved/);
    await page.keyboard.type('That the apologies be noted.');
    await press(page, 'Enter');
    await poll(() => page.getByRole('group', { name: 'Motion 1' }).innerText()).toContain(
      'moved by Councillor Susan Hall, seconded by Councillor Margaret Davine',
    );
    await poll(() => focused(page)).toMatch(/^Counts/);
    await press(page, 'Alt+M', 'Alt+B');
    await poll(() => focused(page)).toMatch(/^Counts/);
    // For: 5, then the vote is recorded and the focus goes to the next motion's mover.
    await press(page, 'Tab');
    await poll(() => focused(page)).toMatch(/^For/);
    await press(page, 'Control+A');
    await page.keyboard.type('5');
    await page.getByRole('button', { name: 'Record the vote' }).focus();
    await press(page, 'Enter');
    await poll(() => page.getByRole('region', { name: 'Motions and votes' }).innerText()).toContain(
      'CARRIED',
    );
    await poll(() => focused(page)).toMatch(/^Moved by/);

    // An action: Enter in the date box adds it (no date picker), and the focus is back on Action.
    await press(page, 'Alt+C', 'Tab');
    await poll(() => focused(page)).toMatch(/^Action/);
    await page.keyboard.type('Send the Charter to partners');
    await press(page, 'Tab', 'Tab');
    await poll(() => focused(page)).toMatch(/^Due/);
    // Date boxes take typed digits in the browser's own order: set the value, then press Enter in the box.
    await page.getByLabel('Due').fill('2013-01-31');
    await press(page, 'Enter');
    await poll(() => page.getByRole('list', { name: 'Actions' }).innerText()).toContain(
      'Send the Charter to partners',
    );
    await poll(() => focused(page)).toMatch(/^Action/);

    // Someone else present: added with Enter, the focus stays for the next name.
    await press(page, 'Alt+A');
    await page.getByRole('textbox', { name: 'Name (and role)' }).focus();
    await page.keyboard.type('Marianne Locke (Director)');
    await press(page, 'Enter');
    await poll(() => page.getByRole('complementary', { name: 'Attendance' }).innerText()).toContain(
      'Marianne Locke',
    );
    await poll(() => focused(page)).toMatch(/^Name \(and role\)/);

    // A substitute not yet on record: typed, "Add a new person" chosen with the arrow and Enter, the member they
    // replace picked by typing, and Enter on Add substitute; the focus is back on Substitute for the next one.
    await page.getByRole('combobox', { name: 'Substitute' }).focus();
    await poll(() => focused(page)).toMatch(/^Substitute/);
    await page.keyboard.type('Grace Okafor');
    await poll(() => page.getByRole('listbox').innerText()).toBe('Add a new person: “Grace Okafor”');
    await press(page, 'ArrowDown', 'Enter');
    await poll(() => focused(page)).toMatch(/^For/);
    await page.keyboard.type('small');
    await press(page, 'Enter');
    await poll(() => focused(page)).toBe('Add substitute');
    await press(page, 'Enter');
    await poll(() => page.getByRole('complementary', { name: 'Attendance' }).innerText()).toMatch(
      /Grace Okafor\s+Present, substitute for Dr Genevieve Small/,
    );
    await poll(() => focused(page)).toMatch(/^Substitute/);
  });
});
