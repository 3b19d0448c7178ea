import { describe, expect, it } from 'vitest';
import {
  mappingProblem,
  proposeColumnMapping,
} from '../../../../renderer/domain/people-import/column-mapping';

describe('proposeColumnMapping', () => {
  it('recognises the usual headers', () => {
    expect(
      proposeColumnMapping(['Title', 'Full Name', 'Political Group', 'Role', 'E-mail address', 'Telephone']),
    ).toEqual({ title: 0, name: 1, group: 2, position: 3, email: 4, phone: 5 });
  });

  it('recognises first and last names, organisation and mobile, in any order and case', () => {
    expect(
      proposeColumnMapping(['SURNAME', 'forename', 'Organisation', 'Job title', 'Mobile', 'Notes']),
    ).toEqual({
      lastName: 0,
      firstName: 1,
      group: 2,
      position: 3,
      phone: 4,
    });
  });

  it('maps a field to the first matching column only', () => {
    expect(proposeColumnMapping(['Email', 'Email'])).toEqual({ email: 0 });
  });

  it('maps nothing from headers it does not know', () => {
    expect(proposeColumnMapping(['Ward', 'Notes', ''])).toEqual({});
  });
});

describe('mappingProblem', () => {
  it('needs a name column or a last name column', () => {
    expect(mappingProblem({ email: 0 }, 2)).toBe(
      'Choose the column that holds the name (or the first and last names) before importing.',
    );
    expect(mappingProblem({ lastName: 0 }, 2)).toBeUndefined();
    expect(mappingProblem({ name: 1 }, 2)).toBeUndefined();
  });

  it('refuses a column the file does not have', () => {
    expect(mappingProblem({ name: 0, email: 3 }, 2)).toBe('Email points at a column the file does not have.');
  });
});
