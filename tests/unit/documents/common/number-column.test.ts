import { describe, expect, it } from 'vitest';
import { numberColumnLevels } from '../../../../renderer/documents/common/number-column';

describe('the column a minute’s paragraph numbers hang in', () => {
  it('is 2 cm, where a minute heading’s title stands, for the numbers most minutes have', () => {
    for (const number of ['2.1', '2.10', '(a)', '(aa)', '105.12', '9/18.3'])
      expect(numberColumnLevels(number)).toBe(2);
  });

  it('widens a centimetre at a time for a number that would run into its text', () => {
    expect(numberColumnLevels('0655/25.10')).toBe(3);
    expect(numberColumnLevels('CAB/0655/25.10')).toBe(4);
  });
});
