import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { renderDocx } from '../documents/support/libreoffice';
import { openChamber, type Chamber } from './support/browser';
import { focused } from './support/focus';
import { keyBoardMeeting } from './support/live-meeting';
import { pickPerson } from './support/live-procedure';
import { poll } from './support/wait';
import { download, screenshot } from './documents-support';

let chamber: Chamber | undefined;

type Declared = { member: string; item: string; kind: string; nature: string; conduct: string };

/** Declared in this order: neither the agenda's order (8, 6, 7) nor the names' (Hall, Small, Davine). */
const hall: Declared = {
  member: 'Councillor Susan Hall',
  item: '8. Community Budgets - A Better Way of Doing Business?',
  kind: 'Other registrable interest',
  nature: 'Trustee of Harrow Community Trust',
  conduct: 'Remained and took part',
};
const small: Declared = {
  member: 'Dr Genevieve Small',
  item: '6. Harrow Community Cohesion and Integration Charter',
  kind: 'Disclosable pecuniary interest',
  nature: 'Her practice is a partner to the Charter',
  conduct: 'Did not vote',
};
const davine: Declared = {
  member: 'Councillor Margaret Davine',
  item: '7. Council Budget',
  kind: 'Disclosable pecuniary interest',
  nature: 'Her husband is employed in the Council’s finance team',
  conduct: 'Left the room',
};

async function declare(page: Page, declared: Declared): Promise<void> {
  const form = page.getByRole('form', { name: 'Record a declaration' });
  await pickPerson(form, 'Member', declared.member);
  await form.getByLabel('On item').selectOption({ label: declared.item });
  await form.getByLabel('Kind').selectOption({ label: declared.kind });
  await form.getByLabel('Nature of the interest').fill(declared.nature);
  await form.getByLabel('What they did').selectOption({ label: declared.conduct });
  await form.getByRole('button', { name: 'Record declaration' }).click();
  await poll(() => page.getByRole('region', { name: 'Declarations of interest' }).innerText()).toContain(
    `${declared.member}: ${declared.kind.toLowerCase()} (${declared.nature})`,
  );
}

async function takeNext(page: Page, minute: string, title: string): Promise<void> {
  await page.keyboard.press('Alt+N');
  await poll(() => focused(page)).toBe(`Minute ${minute}: ${title}`);
}

describe('declarations of interest printed as the house’s table', () => {
  it('prints one table, in the order declared, naming each item by agenda and minute number, the same on every save', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    const meetingUrl = await keyBoardMeeting(page, inject('baseUrl'));

    // The house prints declarations as a table, with its own heading for the nature of the interest.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings', exact: true })
      .click();
    await page.getByLabel('Organisation name').fill('Harrow Council');
    await page.getByLabel('Declarations of interest printed as').selectOption({ label: 'A table' });
    await page.getByLabel('Declarations table: heading of the Reason column').fill('Nature of interest');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Settings saved.' }).count()).toBe(1);

    await page.goto(`${meetingUrl.replace(/\/$/, '')}/live`);
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    // The board's minutes carry on from its paper minutes, so minute numbers (101...) differ from agenda numbers.
    const firstNumber = page.getByLabel('First minute number of this meeting');
    await firstNumber.fill('101');
    await firstNumber.press('Enter');

    // Everyone is here but Dr Small, who sent apologies (and, by email, her declaration).
    await page.keyboard.press('Alt+A');
    await poll(() => focused(page)).toMatch(/^Councillor Thaya Idaikkadar/);
    for (const key of ['p', 'p', 'p', 'p', 'p', 'a']) {
      await page.keyboard.press(key);
      await page.keyboard.press('ArrowDown');
    }
    await poll(() => page.getByRole('status', { name: 'Quorum' }).innerText()).toMatch(/^Quorate: 5 present/);

    await takeNext(page, '101', 'Apologies for Absence');
    await page.keyboard.type('Apologies for absence were received from Dr Genevieve Small.');
    await takeNext(page, '102', 'Attendance by Substitute Members');
    await takeNext(page, '103', 'Declarations of Interest');
    await page.keyboard.type('The following interests were declared:');
    await declare(page, hall);
    await declare(page, small);
    await takeNext(page, '104', 'Minutes');
    await takeNext(page, '105', 'Action List from the Previous Meeting');
    await takeNext(page, '106', 'Harrow Community Cohesion and Integration Charter');
    await takeNext(page, '107', 'Council Budget');
    // Councillor Davine declares when the budget comes up.
    await declare(page, davine);
    await takeNext(page, '108', 'Community Budgets - A Better Way of Doing Business?');
    await takeNext(page, '109', 'Report of Activity at Harrow Chief Executives');
    await screenshot(page, 'declarations-table-live');

    await page.goto(meetingUrl);
    const saves: { flat: string; layout: string }[] = [];
    for (const save of [1, 2]) {
      const name = `declarations-table-minutes-${save}.docx`;
      const printed = await renderDocx(await download(page, 'Save minutes (.docx)', name), name);
      saves.push({ flat: printed.flatText, layout: printed.pages.join('\n') });
    }
    const [first, second] = saves;
    const text = first?.flat ?? '';
    // Saving twice gives the same minutes, rows in the same order.
    expect(second?.flat).toBe(text);

    // One table, under the declarations minute, after its text: each row on its line, each cell in its column,
    // in the order declared, naming the item by minute number and agenda number.
    expect(first?.layout).toMatch(
      new RegExp(
        [
          '103\\.\\s+Declarations of Interest\\s*\\nThe following interests were declared:\\s*',
          '\\s*Name\\s{2,}Minute\\s{2,}Nature of interest\\s{2,}Interest\\s*\\n',
          '\\s*Councillor Susan Hall\\s{2,}108 \\(item 8\\)\\s{2,}Trustee of Harrow( Community Trust)?\\s{2,}Other registrable( interest: remained and)?\\s*\\n[\\s\\S]*?\\n',
          '\\s*Dr Genevieve Small\\s{2,}106 \\(item 6\\)\\s{2,}Her practice is a partner to\\s{2,}Disclosable pecuniary\\s*\\n[\\s\\S]*?\\n',
          '\\s*Councillor Margaret( Davine)?\\s{2,}107 \\(item 7\\)\\s{2,}Her husband is employed\\s{2,}Disclosable pecuniary\\s*\\n[\\s\\S]*?',
          '\\n104\\.\\s+Minutes\\s*\\n',
        ].join(''),
      ),
    );
    for (const did of ['took part', 'left the room']) expect(first?.layout).toContain(did);
    // Dr Small sent apologies and declared by email: her row says so, not what she did in a room she was not in.
    expect(text).toMatch(
      /Dr Genevieve Small 106 \(item 6\) .* interest: declared in advance of the meeting Councillor Margaret/,
    );
    expect(first?.layout).not.toContain('did not vote');
    // Printed once: no second table, no sentence repeating a declaration at its item.
    expect(text.match(/Name Minute Nature of interest Interest/g)).toHaveLength(1);
    for (const said of ['Trustee of Harrow', 'Her practice is a partner', 'Her husband is employed']) {
      expect(text.split(said)).toHaveLength(2);
    }
    expect(text).not.toMatch(/declared an? (disclosable|other|non)/i);
  });
});
