import { describe, expect, it } from 'vitest';
import type { Person } from '../../../renderer/domain/model';
import { likelyDuplicates, namesAlike, resolveTypedName } from '../../../renderer/domain/person-likeness';
import { bySurname, nameParts, sortedBySurname } from '../../../renderer/domain/person-name';

const person = (id: string, name: string, fields: Partial<Person> = {}): Person => ({
  id,
  title: '',
  name,
  group: '',
  position: '',
  email: '',
  phone: '',
  status: 'active',
  ...fields,
});

describe('names that may be one person', () => {
  it('takes "J. Smith" and "John Smith" for the same person, and "Jane Smith" and "Peter Smith" not', () => {
    expect(namesAlike('J. Smith', 'John Smith')).toBe(true);
    expect(namesAlike('John R. Smith', 'J Smith')).toBe(true);
    expect(namesAlike('Smith, John', 'john smith')).toBe(true);
    expect(namesAlike('Cllr Seán Smith', 'Sean SMITH')).toBe(true);
    expect(namesAlike('Jane Smith', 'Peter Smith')).toBe(false);
    expect(namesAlike('John Smith', 'John Smyth')).toBe(false);
    expect(namesAlike('Smith', 'Peter Smith')).toBe(true);
  });

  it('reads the surname as the last word, or the part before a comma, a hyphenated name as one', () => {
    expect(nameParts('Thaya Idaikkadar')).toEqual({ surname: 'idaikkadar', forenames: ['thaya'] });
    expect(nameParts('Smith, John Robert')).toEqual({ surname: 'smith', forenames: ['john', 'robert'] });
    expect(nameParts('Anna Rees-Mogg').surname).toBe('reesmogg');
  });
});

describe('likely duplicates of a person about to be added', () => {
  const people = [
    person('john', 'John Smith', { email: 'john.smith@example.gov.uk' }),
    person('peter', 'Peter Smith'),
    person('amina', 'Amina Patel', { email: 'a.patel@example.gov.uk' }),
  ];

  it('finds someone with the same surname and initials, and someone with the same email', () => {
    expect(likelyDuplicates({ name: 'J. Smith' }, people)).toEqual([
      { person: people[0], because: 'sameSurnameAndInitials' },
    ]);
    expect(likelyDuplicates({ name: 'Amy Jones', email: ' A.Patel@example.gov.uk ' }, people)).toEqual([
      { person: people[2], because: 'sameEmail' },
    ]);
  });

  it('finds nobody for a new surname, nor for an empty name and email', () => {
    expect(likelyDuplicates({ name: 'Grace Okafor' }, people)).toEqual([]);
    expect(likelyDuplicates({ name: '  ', email: '' }, people)).toEqual([]);
  });
});

describe('sorting by surname', () => {
  it('files people by surname, then forenames, whatever the order they were added in', () => {
    const list = [
      person('1', 'Thaya Idaikkadar'),
      person('2', 'Peter Smith'),
      person('3', 'Amina Patel'),
      person('4', 'John Smith'),
      person('5', 'Adebayo, Tunde'),
    ];
    expect(sortedBySurname(list).map((p) => p.name)).toEqual([
      'Adebayo, Tunde',
      'Thaya Idaikkadar',
      'Amina Patel',
      'John Smith',
      'Peter Smith',
    ]);
    expect(bySurname(list[1] as Person, list[1] as Person)).toBe(0);
  });
});

describe('a name typed where a person is chosen', () => {
  const people = [person('john', 'John Smith'), person('ada', 'Ada Brown')];

  it('is the person on record of exactly that name, not a second copy of them', () => {
    expect(resolveTypedName('  john SMITH ', people, false)).toEqual({ kind: 'onRecord', person: people[0] });
  });

  it('waits for the clerk when it is probably someone on record, unless they have said it is someone new', () => {
    expect(resolveTypedName('J. Smith', people, false)).toEqual({
      kind: 'likelyDuplicate',
      duplicates: [{ person: people[0], because: 'sameSurnameAndInitials' }],
    });
    expect(resolveTypedName('J. Smith', people, true)).toEqual({ kind: 'new', name: 'J. Smith' });
    expect(resolveTypedName('Chris Dean', people, false)).toEqual({ kind: 'new', name: 'Chris Dean' });
  });
});
