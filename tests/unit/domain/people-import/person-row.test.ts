import { describe, expect, it } from 'vitest';
import { readPersonRow } from '../../../../renderer/domain/people-import/person-row';

const mapping = { title: 0, name: 1, group: 2, position: 3, email: 4, phone: 5 };

describe('readPersonRow', () => {
  it('reads every field and makes the person active', () => {
    expect(
      readPersonRow(
        ['Councillor', 'Jane  Smith', 'Labour', 'Chair', 'jane@example.org', '020 8863 5611'],
        mapping,
      ),
    ).toEqual({
      person: {
        title: 'Councillor',
        name: 'Jane Smith',
        group: 'Labour',
        position: 'Chair',
        email: 'jane@example.org',
        phone: '020 8863 5611',
        status: 'active',
      },
      reasons: [],
    });
  });

  it('joins first and last names', () => {
    expect(readPersonRow(['Amir', 'Khan'], { firstName: 0, lastName: 1 }).person.name).toBe('Amir Khan');
  });

  it('takes a title from the start of the name when there is no title', () => {
    const { person } = readPersonRow(['', 'cllr Jane Smith'], mapping);
    expect(person).toMatchObject({ title: 'Cllr', name: 'Jane Smith' });
    expect(readPersonRow(['Dr', 'Mr Blobby'], mapping).person).toMatchObject({
      title: 'Dr',
      name: 'Mr Blobby',
    });
    expect(readPersonRow(['Dr.', 'Drew Barry'], { name: 1 }).person).toMatchObject({
      title: '',
      name: 'Drew Barry',
    });
  });

  it('gives each reason a row cannot be imported', () => {
    expect(readPersonRow(['Mr', '', '', '', 'jane.example.org', 'ring me'], mapping).reasons).toEqual([
      'there is no name',
      '"jane.example.org" is not an email address',
      '"ring me" is not a phone number',
    ]);
  });

  it('accepts the usual ways of writing phone numbers', () => {
    for (const phone of [
      '+44 (0)20 8863 5611',
      '07700 900123',
      '020-8863-5611 ext 2345',
      '01onal'.slice(0, 0),
    ]) {
      expect(readPersonRow(['', 'Jane Smith', '', '', '', phone], mapping).reasons).toEqual([]);
    }
    expect(readPersonRow(['', 'Jane Smith', '', '', '', '12345'], mapping).reasons).toEqual([
      '"12345" is not a phone number',
    ]);
  });

  it('refuses very long values', () => {
    expect(readPersonRow(['', 'x'.repeat(201)], mapping).reasons).toEqual([
      'the name is longer than 200 characters',
    ]);
  });
});
