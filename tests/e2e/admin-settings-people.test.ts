import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openChamber, type Chamber } from './support/browser';
import { poll } from './support/wait';

let open: Chamber;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'chamber-admin-'));
  open = await openChamber();
});
afterAll(async () => {
  await open?.context.close();
  await rm(folder, { recursive: true, force: true });
});

/** Pick a file through the screen's own button, as the clerk does with the file dialog. */
async function upload(page: Page, button: string, name: string, content: string | Buffer): Promise<void> {
  const path = join(folder, name);
  await writeFile(path, content);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await chooser.setFiles(path);
}

/** Open a main section from the top bar, as the clerk does. */
async function go(page: Page, section: 'Settings' | 'People'): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: section, exact: true })
    .click();
  await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(section);
}

async function importScreen(page: Page): Promise<void> {
  await go(page, 'People');
  await page.getByRole('button', { name: 'Import from a CSV file' }).click();
  await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Import people');
}

const settingsForm = (page: Page) => page.getByRole('form', { name: 'Organisation settings' });

// A 1x1 transparent PNG.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

describe('organisation settings', () => {
  it('saves the settings and a logo that survive a reload, and refuses bad values with nothing stored', async () => {
    const { page } = open;
    await go(page, 'Settings');
    const form = settingsForm(page);
    await form.getByLabel('Organisation name').fill('London Borough of Harrow');
    await form.getByLabel('Address').fill('Civic Centre, Station Road, Harrow HA1 2XY');
    await form.getByLabel('Democratic services contact').fill('Daksha Ghelani');
    await form.getByLabel('Contact email').fill('daksha.ghelani@harrow.gov.uk');
    await form.getByLabel('Usual venue').fill('Committee Room 1, Harrow Civic Centre');
    await form.getByLabel('Municipal year starts in').selectOption({ label: 'April' });
    await form.getByLabel('Reports due (working days before publication)').fill('7');
    await upload(page, 'Choose a logo picture', 'harrow-logo.png', png);
    await poll(() => form.textContent()).toContain('harrow-logo.png');
    await form.getByRole('button', { name: 'Save settings' }).press('Enter');
    await poll(() => form.getByRole('status').textContent()).toBe('Settings saved.');

    await page.reload();
    const again = settingsForm(page);
    await poll(() => again.getByLabel('Organisation name').inputValue()).toBe('London Borough of Harrow');
    expect(await again.getByLabel('Contact email').inputValue()).toBe('daksha.ghelani@harrow.gov.uk');
    expect(await again.getByLabel('Reports due (working days before publication)').inputValue()).toBe('7');
    expect(await again.getByLabel('Municipal year starts in').inputValue()).toBe('4');
    expect(await again.textContent()).toContain('harrow-logo.png');

    // A report deadline that is not a number, and an email without a domain: both refused, said plainly.
    await again.getByLabel('Organisation name').fill('Harrow Council (renamed)');
    await again.getByLabel('Reports due (working days before publication)').fill('seven');
    await again.getByLabel('Contact email').fill('daksha@harrow');
    await again.getByRole('button', { name: 'Save settings' }).click();
    await poll(() => again.textContent()).toContain('Type a whole number of working days from 0 to 60.');
    expect(await again.textContent()).toContain(
      'Type an email address like democratic.services@example.gov.uk.',
    );
    expect(await again.getByLabel('Reports due (working days before publication)').inputValue()).toBe(
      'seven',
    );
    expect(await again.getByRole('status').count()).toBe(0);

    // Nothing refused was stored, but nothing typed is lost either: after a reload the form shows it again as a
    // draft, until the clerk discards it and sees what is stored.
    await page.reload();
    const stored = settingsForm(page);
    await poll(() => stored.getByLabel('Organisation name').inputValue()).toBe('Harrow Council (renamed)');
    expect(await stored.getByLabel('Reports due (working days before publication)').inputValue()).toBe(
      'seven',
    );
    await stored.getByRole('button', { name: 'Discard the draft' }).click();
    await poll(() => stored.getByLabel('Organisation name').inputValue()).toBe('London Borough of Harrow');
    expect(await stored.getByLabel('Reports due (working days before publication)').inputValue()).toBe('7');
    expect(await stored.getByLabel('Contact email').inputValue()).toBe('daksha.ghelani@harrow.gov.uk');
  });

  it('adds a one-off bank holiday and undoes it', async () => {
    const { page } = open;
    await go(page, 'Settings');
    const panel = page.getByRole('region', { name: 'Bank holidays' });
    await panel.getByLabel('Year shown').selectOption('2027');
    const year = panel.getByRole('list', { name: 'Bank holidays in 2027' });
    await poll(() => year.textContent()).toContain('Monday 3 May 2027');
    const change = panel.getByRole('form', { name: 'Change a bank holiday' });
    await change.getByLabel('Holiday on').fill('2027-06-04');
    await change.getByLabel('Holiday name').fill('Civic jubilee');
    await change.getByRole('button', { name: 'Save bank holiday change' }).click();
    await poll(() => year.textContent()).toContain('Friday 4 June 2027: Civic jubilee');
    await page.reload();
    const after = page.getByRole('region', { name: 'Bank holidays' });
    await after.getByLabel('Year shown').selectOption('2027');
    await poll(() => after.getByRole('list', { name: 'Bank holidays in 2027' }).textContent()).toContain(
      'Civic jubilee',
    );
    await after.getByRole('button', { name: 'Undo change on Friday 4 June 2027' }).click();
    await poll(() => after.getByRole('list', { name: 'Bank holidays in 2027' }).textContent()).not.toContain(
      'Civic jubilee',
    );
  });
});

const peopleTable = (page: Page) => page.getByRole('grid', { name: 'People' });
const peopleRows = (page: Page) =>
  peopleTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell') });

describe('people and the register of interests', () => {
  it('adds a person, refuses a bad email, and registers their interests', async () => {
    const { page } = open;
    await go(page, 'People');
    const form = page.getByRole('form', { name: 'Add a person' });
    await form.getByLabel('Title').fill('Councillor');
    await form.getByLabel('Name').fill('Ada Brown');
    await form.getByLabel('Group, party or organisation').fill('Labour');
    await form.getByLabel('Email').fill('ada.brown');
    await form.getByLabel('Email').press('Enter');
    await poll(() => form.textContent()).toContain(
      'Type an email address like name@example.gov.uk, or leave it empty.',
    );
    expect(await peopleTable(page).count()).toBe(0);

    await form.getByLabel('Email').fill('ada.brown@harrow.gov.uk');
    await form.getByLabel('Email').press('Enter');
    await poll(() => peopleTable(page).textContent()).toContain('Councillor Ada Brown');
    expect(await peopleTable(page).textContent()).toContain('ada.brown@harrow.gov.uk');

    await peopleTable(page).getByRole('link', { name: 'Councillor Ada Brown' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Councillor Ada Brown');
    const register = page.getByRole('form', { name: 'Register an interest' });
    await register.getByRole('button', { name: 'Register interest' }).click();
    await poll(() => register.textContent()).toContain('Describe the interest as the member registered it.');
    expect(await page.getByRole('table', { name: 'Registered interests' }).count()).toBe(0);

    await register.getByLabel('Category').selectOption({ label: 'Land (DPI)' });
    await register.getByLabel('Interest').fill('Freehold of 12 Station Road, Harrow');
    await register.getByLabel('Registered from').fill('2022-05-05');
    await register.getByLabel('Interest').press('Enter');
    const interests = page.getByRole('table', { name: 'Registered interests' });
    await poll(() => interests.textContent()).toContain('Freehold of 12 Station Road, Harrow');
    await register.getByLabel('Category').selectOption({ label: 'Other registrable interest' });
    await register.getByLabel('Interest').fill('Governor, Whitmore High School');
    await register.getByRole('button', { name: 'Register interest' }).click();
    await poll(() => interests.locator('tbody tr').count()).toBe(2);

    await page.reload();
    const kept = page.getByRole('table', { name: 'Registered interests' });
    await poll(() => kept.textContent()).toContain('Land (DPI)');
    expect(await kept.textContent()).toContain('Thursday 5 May 2022');
    expect(await kept.textContent()).toContain('Governor, Whitmore High School');
  });

  it('imports people from a CSV file: preview, mapping, duplicates and bad rows left out', async () => {
    const { page } = open;
    await importScreen(page);
    const csv = [
      'Title,Name,Affiliation,E-mail,Telephone',
      'Councillor,Ada Brown,Labour,ada.brown@harrow.gov.uk,020 8863 5611',
      'Cllr,Ben Carter,Conservative,ben.carter@harrow.gov.uk,020 8424 1000',
      'Dr,Chidi Okafor,"Harrow Clinical Commissioning Group, NHS",chidi.okafor@nhs.net,',
      ',,Labour,nobody@harrow.gov.uk,',
      'Councillor,Dee Evans,Labour,dee-at-harrow,',
      'Councillor,Ben Carter,Conservative,BEN.CARTER@harrow.gov.uk,',
      '',
    ].join('\n');
    await upload(page, 'Choose a CSV file', 'members.csv', csv);
    await poll(() => page.getByRole('heading', { name: 'Columns in members.csv' }).count()).toBe(1);

    // "Affiliation" is not a header Chamber knows: the clerk maps it to the group.
    const group = page.getByLabel('Column for Group, party or organisation');
    expect(await group.inputValue()).toBe('');
    expect(await page.getByLabel('Column for Email').inputValue()).toBe('3');
    await group.selectOption({ label: 'Affiliation' });

    const toAdd = page.getByRole('list', { name: 'People to add' });
    await poll(() => toAdd.locator('li').allTextContents()).toEqual([
      'Row 3: Cllr Ben Carter, Conservative',
      'Row 4: Dr Chidi Okafor, Harrow Clinical Commissioning Group, NHS',
    ]);
    const duplicates = await page.getByRole('list', { name: 'Duplicates' }).locator('li').allTextContents();
    expect(duplicates).toHaveLength(2);
    expect(duplicates[0]).toContain('Row 2: Ada Brown');
    expect(duplicates[0]).toContain('already in Chamber');
    expect(duplicates[1]).toContain('Row 7: Ben Carter: Row 3 has the email');
    const bad = await page.getByRole('list', { name: 'Rows with problems' }).locator('li').allTextContents();
    expect(bad).toEqual(['Row 5: There is no name.', 'Row 6: "dee-at-harrow" is not an email address.']);

    await page.getByRole('button', { name: 'Import 2 people' }).click();
    await poll(() => page.getByRole('status').textContent()).toBe('2 people imported from members.csv.');

    await go(page, 'People');
    const names = () => peopleRows(page).getByRole('link').allTextContents();
    await poll(names).toEqual(['Councillor Ada Brown', 'Cllr Ben Carter', 'Dr Chidi Okafor']);
    expect(await peopleTable(page).textContent()).toContain('Harrow Clinical Commissioning Group, NHS');
  });

  it('refuses a CSV file whose structure is broken, and stores nobody', async () => {
    const { page } = open;
    await importScreen(page);
    // A quote that never closes swallows every row after it.
    await upload(
      page,
      'Choose a CSV file',
      'broken.csv',
      'Name,Email\n"Eve Fox,eve.fox@example.org\nGus Hall,gus.hall@example.org\n',
    );
    const bad = page.getByRole('list', { name: 'Rows with problems' });
    await poll(() => bad.textContent()).toContain('The row could not be read (Quoted field unterminated).');
    expect(await page.getByRole('list', { name: 'People to add' }).locator('li').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Import 0 people' }).isDisabled()).toBe(true);

    // A file with a header and nobody under it is refused outright.
    await upload(page, 'Choose a CSV file', 'header-only.csv', 'Name,Email\n\n');
    const alert = page.getByRole('alert');
    await poll(() => alert.textContent()).toContain('Nothing was imported');
    expect(await alert.textContent()).toContain('“header-only.csv” could not be read');
    expect(await alert.textContent()).toContain('no people');
    expect(await page.getByRole('button', { name: /^Import \d+ people$/ }).count()).toBe(0);

    await go(page, 'People');
    await poll(() => peopleRows(page).count()).toBe(3);
    expect(await peopleTable(page).textContent()).not.toContain('Eve Fox');
    expect(await peopleTable(page).textContent()).not.toContain('Gus Hall');
  });
});
