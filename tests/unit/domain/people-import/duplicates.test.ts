import { describe, expect, it } from 'vitest';
import { normaliseEmail, normalisePersonName } from '../../../../renderer/domain/people-import/duplicates';

describe('normalisePersonName', () => {
  it('ignores titles, case, accents and punctuation', () => {
    expect(normalisePersonName("Cllr Seán O'Brien")).toBe('sean obrien');
    expect(normalisePersonName('SEAN OBRIEN')).toBe('sean obrien');
    expect(normalisePersonName('  Councillor   Dr  Mary-Jane Smith ')).toBe('mary jane smith');
    expect(normalisePersonName('Mary Jane Smith')).toBe('mary jane smith');
  });

  it('keeps a name that is only a title word', () => {
    expect(normalisePersonName('Miss')).toBe('miss');
  });
});

describe('normaliseEmail', () => {
  it('ignores case and spaces', () => {
    expect(normaliseEmail(' Jane.Smith@Harrow.GOV.uk ')).toBe('jane.smith@harrow.gov.uk');
  });
});
