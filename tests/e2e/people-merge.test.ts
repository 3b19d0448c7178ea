import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openChamber, type Chamber } from './support/browser';
import { addItem } from './documents-support';
import { poll } from './support/wait';

let open: Chamber;

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

beforeAll(async () => {
  open = await openChamber();
});
afterAll(async () => {
  await open?.context.close();
});

async function goTo(page: Page, section: 'People' | 'Committees'): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: section, exact: true })
    .click();
  await poll(() => heading(page)).toBe(section);
}

const peopleNames = (page: Page) =>
  page
    .getByRole('grid', { name: 'People' })
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell') })
    .getByRole('link')
    .allTextContents();

async function addPerson(page: Page, name: string, email = ''): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a person' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByRole('button', { name: 'Add person' }).click();
}

async function openPerson(page: Page, name: string): Promise<void> {
  await goTo(page, 'People');
  await page.getByRole('grid', { name: 'People' }).getByRole('link', { name, exact: true }).click();
  await poll(() => heading(page)).toBe(name);
}

/** On the live screen: take the leisure item, so its minute (with actions and declarations) is open. */
async function takeLeisureItem(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Agenda' })
    .getByRole('button', { name: /Leisure centre operator contract/ })
    .click();
  await page.getByRole('button', { name: /^Take item \d+ now/ }).click();
  await page.getByRole('form', { name: 'Add an action' }).waitFor();
}

describe('two records of one person', () => {
  it('merges “J. Smith” into John Smith, keeping his membership, interest and attendance', async () => {
    const { page } = open;
    await goTo(page, 'People');
    await addPerson(page, 'John Smith', 'john.smith@harrow.gov.uk');
    await poll(() => peopleNames(page)).toEqual(['John Smith']);
    // A second record of him, typed in a hurry: Chamber warns, and the clerk adds it all the same.
    await addPerson(page, 'J. Smith');
    const warning = page.getByRole('alert', { name: /may already be on record/ });
    await poll(() => warning.textContent()).toContain('John Smith: same surname and initials');
    await warning.getByRole('button', { name: 'Add “J. Smith” as a new person' }).click();
    await poll(() => peopleNames(page)).toEqual(['J. Smith', 'John Smith']);

    await openPerson(page, 'J. Smith');
    const register = page.getByRole('form', { name: 'Register an interest' });
    await register.getByLabel('Interest').fill('Director, Wealdstone Leisure Ltd');
    await register.getByRole('button', { name: 'Register interest' }).click();
    await poll(() => page.getByRole('table', { name: 'Registered interests' }).textContent()).toContain(
      'Wealdstone Leisure',
    );

    await goTo(page, 'Committees');
    await page.getByRole('button', { name: 'New committee' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Wealdstone Board');
    const member = page.getByRole('combobox', { name: /^Name \(member 1\)/ });
    await member.pressSequentially('J. Sm');
    await page.getByRole('option', { name: 'J. Smith', exact: true }).click();
    await page.getByRole('button', { name: 'Save committee' }).click();
    await poll(() => heading(page)).toBe('Wealdstone Board');
    await page.getByLabel('Date').fill('2027-06-09');
    await page.getByLabel('Start time').fill('18:00');
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await poll(() => heading(page)).toBe('Wealdstone Board: Wednesday 9 June 2027');
    const meeting = page.url();
    await page.getByRole('tab', { name: 'Attendance' }).click();
    await page.getByRole('button', { name: 'Take the roll call' }).click();
    await page.getByRole('radiogroup', { name: 'Attendance of J. Smith' }).getByLabel('Present').click();
    // An item on the leisure centre, and in the meeting an action given to J. Smith.
    await page.getByRole('tab', { name: 'Agenda' }).click();
    await addItem(page, 'Leisure centre operator contract', 'The new operator of the leisure centre.');
    await page.goto(`${meeting.replace(/\/$/, '')}/live`);
    await takeLeisureItem(page);
    const addAction = page.getByRole('form', { name: 'Add an action' });
    await addAction.getByLabel('Action').fill('Report on the operator’s finances');
    await addAction.getByRole('combobox', { name: /^Owner/ }).pressSequentially('J. Sm');
    await page.getByRole('listbox').getByRole('option', { name: 'J. Smith', exact: true }).click();
    await addAction.getByRole('button', { name: 'Add action' }).click();
    await poll(() => page.getByRole('list', { name: 'Actions' }).textContent()).toContain(
      'Report on the operator’s finances (J. Smith)',
    );
    // Out of the meeting screen (it has no navigation pane) to the meeting's own page.
    await page.goto(meeting);
    await poll(() => heading(page)).toBe('Wealdstone Board: Wednesday 9 June 2027');

    await goTo(page, 'People');
    const merge = page.getByRole('region', { name: 'Merge two records of one person' });
    await merge.getByRole('combobox', { name: 'Record to keep' }).pressSequentially('John');
    await page.getByRole('option', { name: /^John Smith/ }).click();
    await merge.getByRole('combobox', { name: 'Record to merge into it and remove' }).pressSequentially('J.');
    await page.getByRole('option', { name: 'J. Smith', exact: true }).click();
    await merge.getByRole('button', { name: 'Merge…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Merge J. Smith into John Smith?' });
    await poll(() => dialog.textContent()).toContain(
      '1 committee membership, 1 registered interest, 1 attendance line and 1 action owned will move to John Smith.',
    );
    await page.screenshot({ path: '/tmp/people-shots/merge-dialog.png' });
    await dialog.getByRole('button', { name: 'Merge and remove J. Smith' }).click();
    await poll(() => page.getByRole('status').textContent()).toBe('J. Smith was merged into John Smith.');
    await poll(() => peopleNames(page)).toEqual(['John Smith']);
    await page.screenshot({ path: '/tmp/people-shots/people-screen.png', fullPage: true });

    await openPerson(page, 'John Smith');
    await poll(() => page.getByRole('table', { name: 'Registered interests' }).textContent()).toContain(
      'Director, Wealdstone Leisure Ltd',
    );
    await poll(() => page.getByRole('region', { name: 'Delete this person' }).textContent()).toContain(
      'John Smith cannot be deleted: they are named in 1 committee membership, 1 registered interest, 1 attendance line and 1 action owned.',
    );
    await goTo(page, 'Committees');
    await page.getByRole('link', { name: 'Wealdstone Board' }).click();
    const members = page.getByRole('table', { name: 'Members' }).locator('tbody tr td:first-child');
    await poll(() => members.allTextContents()).toEqual(['John Smith']);
    await page.goto(meeting);
    await page.getByRole('tab', { name: 'Attendance' }).click();
    const present = page.getByRole('radiogroup', { name: 'Attendance of John Smith' }).getByLabel('Present');
    await poll(() => present.isChecked()).toBe(true);

    // In the meeting: the interest registered on the merged-away copy is suggested for John Smith at the
    // leisure item, and the action J. Smith was given is John Smith's.
    await page.goto(`${meeting.replace(/\/$/, '')}/live`);
    await page
      .getByRole('navigation', { name: 'Agenda' })
      .getByRole('button', { name: /Leisure centre operator contract/ })
      .click();
    const suggested = page.getByRole('group', { name: 'Suggested from the register of interests' });
    await poll(() => suggested.textContent()).toContain('John Smith: Director, Wealdstone Leisure Ltd');
    await poll(() => page.getByRole('list', { name: 'Actions' }).textContent()).toContain(
      'Report on the operator’s finances (John Smith)',
    );
    await suggested.getByRole('button', { name: 'Record this declaration' }).click();
    await poll(() => page.getByRole('region', { name: 'Declarations of interest' }).textContent()).toContain(
      'John Smith: disclosable pecuniary interest (Director, Wealdstone Leisure Ltd)',
    );
    await page.goto(meeting);
    await poll(() => heading(page)).toBe('Wealdstone Board: Wednesday 9 June 2027');
  });

  it('deletes a person no record names, after asking once', async () => {
    const { page } = open;
    await goTo(page, 'People');
    await addPerson(page, 'Typo Persson');
    await poll(() => peopleNames(page)).toEqual(['Typo Persson', 'John Smith']);
    await openPerson(page, 'Typo Persson');
    await page.getByRole('button', { name: 'Delete Typo Persson…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete Typo Persson?' });
    await dialog.getByRole('button', { name: 'Delete Typo Persson' }).click();
    await poll(() => heading(page)).toBe('People');
    await poll(() => peopleNames(page)).toEqual(['John Smith']);
  });
});
