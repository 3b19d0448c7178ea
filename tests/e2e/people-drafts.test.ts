import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openChamber, type Chamber } from './support/browser';
import { poll } from './support/wait';

let chamber: Chamber | undefined;

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

async function goTo(page: Page, section: 'People' | 'Committees' | 'Calendar'): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: section, exact: true })
    .click();
  await poll(() => heading(page)).toBe(section);
}

/** Type into a box as the clerk does, once it has the focus. */
async function typeIn(box: Locator, text: string): Promise<void> {
  await box.focus();
  await poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
  await box.pressSequentially(text);
  await poll(() => box.inputValue()).toBe(text);
}

describe('what a clerk types on the People screens and the membership form is kept until saved', () => {
  it('survives leaving the screen and a reload, says so, and is forgotten once saved', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    await page.goto(`${inject('baseUrl')}#/people`);
    await poll(() => heading(page)).toBe('People');
    const addForm = page.getByRole('form', { name: 'Add a person' });
    await addForm.getByLabel('Name').fill('Grace Okafor');
    await addForm.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('grid', { name: 'People' }).getByRole('link', { name: 'Grace Okafor' }).waitFor();

    // Half-typed: a new person, and on Grace Okafor's page a change of group and an interest.
    await typeIn(addForm.getByLabel('Name'), 'Marianne Locke');
    await page.getByRole('grid', { name: 'People' }).getByRole('link', { name: 'Grace Okafor' }).click();
    await poll(() => heading(page)).toBe('Grace Okafor');
    const details = page.getByRole('form', { name: 'Details' });
    await typeIn(details.getByLabel('Group, party or organisation'), 'Liberal Democrat');
    const register = page.getByRole('form', { name: 'Register an interest' });
    await typeIn(register.getByLabel('Interest'), 'Governor, Whitmore High School');

    // And on a committee, the name of a new member.
    await goTo(page, 'Committees');
    await page.getByRole('button', { name: 'New committee' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Licensing Panel');
    await page.getByRole('button', { name: 'Save committee' }).click();
    await poll(() => heading(page)).toBe('Licensing Panel');
    const committee = page.url();
    const member = page.getByRole('form', { name: 'Add a member' }).getByRole('combobox', { name: 'Person' });
    await typeIn(member, 'Sue Anderson');

    // Away, and Chamber reloaded (as after a restart): everything typed is back, with a note saying so.
    await goTo(page, 'Calendar');
    await page.reload();
    await poll(() => heading(page)).toBe('Calendar');
    await page.goto(committee);
    await poll(() => member.inputValue()).toBe('Sue Anderson');
    await page.getByRole('form', { name: 'Add a member' }).getByText('Draft restored.').waitFor();
    await goTo(page, 'People');
    await poll(() => addForm.getByLabel('Name').inputValue()).toBe('Marianne Locke');
    await addForm.getByText('Draft restored.').waitFor();
    await page.getByRole('grid', { name: 'People' }).getByRole('link', { name: 'Grace Okafor' }).click();
    await poll(() => details.getByLabel('Group, party or organisation').inputValue()).toBe(
      'Liberal Democrat',
    );
    await poll(() => register.getByLabel('Interest').inputValue()).toBe('Governor, Whitmore High School');

    // Saved: the draft is forgotten, and a reload shows what is stored, with no note.
    await details.getByRole('button', { name: 'Save details' }).click();
    await register.getByRole('button', { name: 'Register interest' }).click();
    await poll(() => page.getByRole('table', { name: 'Registered interests' }).textContent()).toContain(
      'Governor, Whitmore High School',
    );
    await poll(() => register.getByLabel('Interest').inputValue()).toBe('');
    await page.reload();
    await poll(() => details.getByLabel('Group, party or organisation').inputValue()).toBe(
      'Liberal Democrat',
    );
    await poll(() => register.getByLabel('Interest').inputValue()).toBe('');
    expect(await page.getByText('Draft restored.').count()).toBe(0);
  });
});
