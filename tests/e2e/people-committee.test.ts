import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openChamber, type Chamber } from './support/browser';
import { poll } from './support/wait';

let open: Chamber;

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

beforeAll(async () => {
  open = await openChamber();
});
afterAll(async () => {
  await open?.context.close();
});

async function goToPeople(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'People', exact: true })
    .click();
  await poll(() => heading(page)).toBe('People');
}

/** How many people are on record, as the People screen says. */
async function peopleOnRecord(page: Page): Promise<string[]> {
  await goToPeople(page);
  const list = page.getByRole('grid', { name: 'People' });
  await list.waitFor();
  return list
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell') })
    .getByRole('link')
    .allTextContents();
}

async function addPerson(page: Page, name: string, email = ''): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a person' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByRole('button', { name: 'Add person' }).click();
}

describe('choosing people already on record', () => {
  it('makes a committee from people on record, picked or typed, without a second copy of anyone', async () => {
    const { page } = open;
    await goToPeople(page);
    await addPerson(page, 'John Smith', 'john.smith@harrow.gov.uk');
    await poll(() => peopleOnRecord(page)).toEqual(['John Smith']);
    await addPerson(page, 'Ada Brown');
    await poll(() => peopleOnRecord(page)).toEqual(['Ada Brown', 'John Smith']);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Committees' }).click();
    await page.getByRole('button', { name: 'New committee' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Licensing Committee');
    // Member 1 is found by typing part of the name and picked from the list with the keyboard.
    const first = page.getByRole('combobox', { name: /^Name \(member 1\)/ });
    await first.pressSequentially('brow');
    const option = page.getByRole('option', { name: 'Ada Brown' });
    await option.waitFor();
    await page.screenshot({ path: '/tmp/people-shots/picker-new-committee.png' });
    await first.press('ArrowDown');
    await first.press('Enter');
    await poll(() => first.inputValue()).toBe('Ada Brown');
    await page.getByLabel('Role (member 1)', { exact: true }).selectOption({ label: 'Chair' });
    // Member 2 is typed in full, as a clerk used to: it is the John Smith on record, not a new one.
    await page.getByRole('button', { name: 'Add member' }).click();
    const second = page.getByRole('combobox', { name: /^Name \(member 2\)/ });
    await second.fill('John Smith');
    await page.getByRole('button', { name: 'Save committee' }).click();
    await poll(() => heading(page)).toBe('Licensing Committee');
    const members = page.getByRole('table', { name: 'Members' }).locator('tbody tr td:first-child');
    await poll(() => members.allTextContents()).toEqual(['Ada Brown', 'John Smith']);

    expect(await peopleOnRecord(page)).toEqual(['Ada Brown', 'John Smith']);
  });

  it('warns that “J. Smith” may be the John Smith on record, and adds him only when asked', async () => {
    const { page } = open;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Committees' }).click();
    await page.getByRole('link', { name: 'Licensing Committee' }).click();
    await poll(() => heading(page)).toBe('Licensing Committee');
    const add = page.getByRole('form', { name: 'Add a member' });
    const person = add.getByRole('combobox', { name: 'Person' });
    await person.pressSequentially('J. Smith');
    await page.getByRole('option', { name: 'Add a new person: “J. Smith”' }).click();
    const warning = page.getByRole('alert', { name: /may already be on record/ });
    await poll(() => warning.textContent()).toContain('John Smith: same surname and initials');
    await page.screenshot({ path: '/tmp/people-shots/duplicate-warning.png' });
    // The first answer has the focus: Enter uses the person on record.
    await poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Use John Smith');
    await page.keyboard.press('Enter');
    await poll(() => person.inputValue()).toBe('John Smith');
    await add.getByLabel('Their role').selectOption({ label: 'Substitute' });
    await add.getByRole('button', { name: 'Add to the membership' }).click();
    const members = page.getByRole('table', { name: 'Members' }).locator('tbody tr td:first-child');
    await poll(() => members.allTextContents()).toEqual(['Ada Brown', 'John Smith', 'John Smith']);
    expect(await peopleOnRecord(page)).toEqual(['Ada Brown', 'John Smith']);

    // A typed name that is probably someone on record is not stored until the clerk says who it is.
    await goToPeople(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Committees' }).click();
    await page.getByRole('link', { name: 'Licensing Committee' }).click();
    await add.getByRole('combobox', { name: 'Person' }).fill('J Smith');
    await add.getByRole('button', { name: 'Add to the membership' }).click();
    await poll(() => warning.count()).toBe(1);
    await warning.getByRole('button', { name: 'Add “J Smith” as a new person' }).click();
    await add.getByRole('button', { name: 'Add to the membership' }).click();
    await poll(() => members.allTextContents()).toEqual(['Ada Brown', 'John Smith', 'John Smith', 'J Smith']);
    expect(await peopleOnRecord(page)).toEqual(['Ada Brown', 'J Smith', 'John Smith']);
  });
});
