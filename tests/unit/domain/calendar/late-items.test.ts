import { describe, expect, it } from 'vitest';
import { checkLateItem, isLateItem } from '../../../../renderer/domain/calendar/late-items';
import { rulesFor } from './rules-for-tests';

const rules = rulesFor();

describe('late items for the meeting on Wednesday 13 March 2013', () => {
  it('is on time when added on the publication deadline', () => {
    expect(checkLateItem('2013-03-05', '2013-03-13', rules)).toEqual({
      late: false,
      clearDays: 5,
      required: 5,
    });
    expect(isLateItem('2013-02-01', '2013-03-13', rules)).toBe(false);
  });

  it('must be marked urgent when added a day later', () => {
    expect(checkLateItem('2013-03-06', '2013-03-13', rules)).toEqual({
      late: true,
      clearDays: 4,
      required: 5,
    });
  });

  it('must be marked urgent when added on the day', () => {
    expect(isLateItem('2013-03-13', '2013-03-13', rules)).toBe(true);
  });

  it('needs only 3 clear days in Wales', () => {
    expect(isLateItem('2013-03-07', '2013-03-13', rulesFor({ noticeClearDays: 3 }))).toBe(false);
    expect(isLateItem('2013-03-08', '2013-03-13', rulesFor({ noticeClearDays: 3 }))).toBe(true);
  });
});
