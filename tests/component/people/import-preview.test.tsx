// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { addPerson } from '../../../renderer/db/repositories/people';
import { ImportPeoplePage } from '../../../renderer/ui/features/people/import-people-page';
import { freshDatabase } from '../../unit/db/reset';
import { pickedFiles, showScreen } from './picked-files';

beforeEach(freshDatabase);
afterEach(cleanup);

const showImport = () => showScreen('people/import', '/people/import', <ImportPeoplePage />);
const lines = (list: string) =>
  within(screen.getByRole('list', { name: list }))
    .queryAllByRole('listitem')
    .map((item) => item.textContent);

const members = [
  'Surname;Forename;Party;Email',
  'Brown;Ada;Labour;ada.brown@harrow.gov.uk',
  'Carter;Ben;Conservative;ben.carter@harrow.gov.uk',
  'Okafor;Chidi;Independent;CHIDI@example.org',
  'Evans;Dee;Labour;chidi@example.org',
  ';;Labour;',
].join('\r\n');

describe('importing people from a CSV file', () => {
  it('previews who would be added, the duplicates and the bad rows, and stores only the good rows', async () => {
    await addPerson({
      title: 'Councillor',
      name: 'Ada Brown',
      group: 'Labour',
      position: '',
      email: '',
      phone: '',
      status: 'active',
    });
    const user = userEvent.setup();
    const files = pickedFiles();
    showImport();
    files.pick('members.csv', members);
    await user.click(await screen.findByRole('button', { name: 'Choose a CSV file' }));

    // Semicolons, and first and last names in their own columns, are recognised from the header.
    expect(await screen.findByRole('heading', { name: 'Columns in members.csv' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>('Column for Last name').value).toBe('0');
    expect(screen.getByLabelText<HTMLSelectElement>('Column for First name').value).toBe('1');
    expect(lines('People to add')).toEqual([
      'Row 3: Ben Carter, Conservative',
      'Row 4: Chidi Okafor, Independent',
    ]);
    expect(lines('Duplicates')).toEqual([
      'Row 2: Ada Brown: Councillor Ada Brown is already in Chamber with the same name.',
      'Row 5: Dee Evans: Row 4 has the email chidi@example.org.',
    ]);
    expect(lines('Rows with problems')).toEqual(['Row 6: There is no name.']);
    expect(await db.people.count()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Import 2 people' }));
    expect((await screen.findByRole('status')).textContent).toBe('2 people imported from members.csv.');
    const names = (await db.people.orderBy('name').toArray()).map((person) => person.name);
    expect(names).toEqual(['Ada Brown', 'Ben Carter', 'Chidi Okafor']);
  });

  it('says which column is missing when the name is mapped away, and imports nothing', async () => {
    const user = userEvent.setup();
    const files = pickedFiles();
    showImport();
    files.pick('members.csv', members);
    await user.click(await screen.findByRole('button', { name: 'Choose a CSV file' }));
    await user.selectOptions(await screen.findByLabelText('Column for Last name'), 'Not in the file');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was imported');
    expect(alert.textContent).toContain(
      'Choose the column that holds the name (or the first and last names) before importing.',
    );
    expect(screen.queryByRole('button', { name: /^Import \d+ people$/ })).toBeNull();

    await user.selectOptions(screen.getByLabelText('Column for Name'), 'Surname');
    await waitFor(() => expect(lines('People to add')).toHaveLength(3));
    expect(await db.people.count()).toBe(0);
  });

  it('refuses an empty file and a header with nobody under it', async () => {
    const user = userEvent.setup();
    const files = pickedFiles();
    showImport();
    files.pick('empty.csv', '\n\n');
    await user.click(await screen.findByRole('button', { name: 'Choose a CSV file' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      '“empty.csv” could not be read: The file is empty. Choose a CSV file with a header row and one person on each row.',
    );

    files.pick('header.csv', 'Name,Email\n');
    await user.click(screen.getByRole('button', { name: 'Choose a CSV file' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'The file has a header row but no people. Add one person on each row below the header.',
      ),
    );
    expect(screen.queryByRole('list', { name: 'People to add' })).toBeNull();
    expect(await db.people.count()).toBe(0);
  });

  it('reads names with accents from an older Excel file in Windows-1252', async () => {
    const user = userEvent.setup();
    const files = pickedFiles();
    showImport();
    // "Zoë" and "Seán" as Windows-1252 bytes: ë is 0xEB, á is 0xE1.
    const bytes = Uint8Array.from(
      [...'Name\nZo\xeb Hart\nSe\xe1n Byrne\n'].map((char) => char.charCodeAt(0)),
    );
    files.pick('excel.csv', bytes);
    await user.click(await screen.findByRole('button', { name: 'Choose a CSV file' }));
    await waitFor(() => expect(lines('People to add')).toEqual(['Row 2: Zoë Hart', 'Row 3: Seán Byrne']));
  });
});
