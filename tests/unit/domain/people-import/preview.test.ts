import { describe, expect, it } from 'vitest';
import type { Person } from '../../../../renderer/domain/model';
import { proposeColumnMapping } from '../../../../renderer/domain/people-import/column-mapping';
import { previewPeopleImport } from '../../../../renderer/domain/people-import/preview';
import { readPeopleCsv } from '../../../../renderer/domain/people-import/read-csv';

const existing: Person[] = [
  {
    id: 'p1',
    title: 'Councillor',
    name: 'Jane Smith',
    group: 'Labour',
    position: 'Chair',
    email: 'jane.smith@example.gov.uk',
    phone: '',
    status: 'active',
  },
  {
    id: 'p2',
    title: 'Mr',
    name: 'Amir Khan',
    group: '',
    position: '',
    email: '',
    phone: '',
    status: 'former',
  },
];

const file = [
  'Title,Name,Party,Role,Email,Phone',
  'Cllr,Rosa Lee,Conservative,Member,rosa.lee@example.gov.uk,020 8863 5611',
  ',Cllr Jane Smith,Labour,Chair,,',
  'Dr,Priya Patel,NHS Harrow,Representative,JANE.SMITH@example.gov.uk,',
  'Mr,AMIR KHAN,,,,',
  ',Tom Brown,,,tom@example.org,',
  ',Tom  Brown,,,,',
  ',Ann Other,,,rosa.lee@EXAMPLE.gov.uk,',
  ',,Independent,,,',
  ',Bad Email,,,bad@,',
  ',"Extra, Cells",,,,,surplus',
].join('\n');

describe('previewPeopleImport', () => {
  const csv = readPeopleCsv(file);
  const preview = previewPeopleImport(csv, proposeColumnMapping(csv.headers), existing);

  it('adds the new people', () => {
    expect(preview.toAdd).toEqual([
      {
        row: 2,
        person: {
          title: 'Cllr',
          name: 'Rosa Lee',
          group: 'Conservative',
          position: 'Member',
          email: 'rosa.lee@example.gov.uk',
          phone: '020 8863 5611',
          status: 'active',
        },
      },
      { row: 6, person: expect.objectContaining({ name: 'Tom Brown', email: 'tom@example.org' }) as unknown },
    ]);
  });

  it('finds duplicates of people already in Chamber by name and by email, and within the file', () => {
    expect(
      preview.duplicates.map(({ row, reason, existingPersonId, sameAsRow }) => ({
        row,
        reason,
        existingPersonId,
        sameAsRow,
      })),
    ).toEqual([
      {
        row: 3,
        reason: 'Councillor Jane Smith is already in Chamber with the same name.',
        existingPersonId: 'p1',
        sameAsRow: undefined,
      },
      {
        row: 4,
        reason: 'Councillor Jane Smith is already in Chamber with the email JANE.SMITH@example.gov.uk.',
        existingPersonId: 'p1',
        sameAsRow: undefined,
      },
      {
        row: 5,
        reason: 'Mr Amir Khan is already in Chamber with the same name.',
        existingPersonId: 'p2',
        sameAsRow: undefined,
      },
      { row: 7, reason: 'Row 6 has the same name.', existingPersonId: undefined, sameAsRow: 6 },
      {
        row: 8,
        reason: 'Row 2 has the email rosa.lee@EXAMPLE.gov.uk.',
        existingPersonId: undefined,
        sameAsRow: 2,
      },
    ]);
  });

  it('lists bad rows with the reasons and the cells as they were', () => {
    expect(preview.badRows).toEqual([
      { row: 9, values: ['', '', 'Independent', '', '', ''], reasons: ['There is no name.'] },
      {
        row: 10,
        values: ['', 'Bad Email', '', '', 'bad@', ''],
        reasons: ['"bad@" is not an email address.'],
      },
      {
        row: 11,
        values: ['', 'Extra, Cells', '', '', '', '', 'surplus'],
        reasons: ['It has 7 cells but the header has 6 (a comma inside a cell needs quotes).'],
      },
    ]);
  });

  it('accounts for every row exactly once', () => {
    const rows = [...preview.toAdd, ...preview.duplicates, ...preview.badRows].map((entry) => entry.row);
    expect(rows.sort((a, b) => a - b)).toEqual(csv.records.map((record) => record.row));
  });

  it('refuses to preview without a name column', () => {
    expect(() => previewPeopleImport(csv, { email: 4 }, existing)).toThrow(
      'Choose the column that holds the name (or the first and last names) before importing.',
    );
  });

  it('follows a mapping the clerk changed', () => {
    const asGroup = previewPeopleImport(csv, { name: 1, group: 3 }, []);
    expect(asGroup.toAdd[0]?.person).toMatchObject({ name: 'Rosa Lee', group: 'Member', email: '' });
  });
});
