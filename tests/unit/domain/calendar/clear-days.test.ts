import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, format } from 'date-fns';
import { formatLongDate } from '../../../../renderer/domain/en-gb';
import {
  clearDaysBetween,
  latestLawfulPublication,
  notClearDayReason,
  publicationDeadline,
} from '../../../../renderer/domain/calendar/clear-days';
import { isWorkingDay } from '../../../../renderer/domain/calendar/working-days';
import { rulesFor } from './rules-for-tests';

const englishExcludingSaturdays = rulesFor();
const englishCountingSaturdays = rulesFor({ saturdaysAreClearDays: true });

describe('publicationDeadline at the seed meetings', () => {
  it('gives Tuesday 5 March 2013 for the Partnership Board on Wednesday 13 March 2013', () => {
    // Clear days, counting back: Tue 12, Mon 11, (Sun 10, Sat 9 excluded), Fri 8, Thu 7, Wed 6.
    const deadline = publicationDeadline('2013-03-13', englishExcludingSaturdays);
    expect(formatLongDate(deadline)).toBe('Tuesday 5 March 2013');
    expect(clearDaysBetween('2013-03-05', '2013-03-13', englishExcludingSaturdays)).toBe(5);
    expect(clearDaysBetween('2013-03-06', '2013-03-13', englishExcludingSaturdays)).toBe(4);
  });

  it('gives a day later when Saturdays count', () => {
    // Tue 12, Mon 11, Sat 9, Fri 8, Thu 7.
    expect(publicationDeadline('2013-03-13', englishCountingSaturdays)).toBe('2013-03-06');
  });

  it('gives Wednesday 28 November 2012 for Thursday 6 December 2012', () => {
    expect(publicationDeadline('2012-12-06', englishExcludingSaturdays)).toBe('2012-11-28');
    expect(publicationDeadline('2012-12-06', englishCountingSaturdays)).toBe('2012-11-29');
  });

  it("loses a day to St Andrew's Day (Friday 30 November 2012) in Scotland", () => {
    expect(publicationDeadline('2012-12-06', rulesFor({ region: 'scotland' }))).toBe('2012-11-27');
  });

  it('gives Monday 26 February 2018 for Tuesday 6 March 2018', () => {
    expect(publicationDeadline('2018-03-06', englishExcludingSaturdays)).toBe('2018-02-26');
    expect(publicationDeadline('2018-03-06', englishCountingSaturdays)).toBe('2018-02-27');
  });

  it('gives 3 clear days in Wales', () => {
    expect(publicationDeadline('2013-03-13', rulesFor({ noticeClearDays: 3 }))).toBe('2013-03-07');
  });
});

describe('publicationDeadline around bank holidays', () => {
  it('skips the whole Easter break (Thursday to Tuesday) under s243', () => {
    // Easter Day 2013 was 31 March: the break runs Thursday 28 March to Tuesday 2 April.
    expect(publicationDeadline('2013-04-03', englishExcludingSaturdays)).toBe('2013-03-20');
  });

  it('skips only Good Friday and Easter Monday where the breaks are not applied', () => {
    const rules = rulesFor({ excludeChristmasAndEasterBreaks: false });
    // Tue 2, (Easter Monday, Good Friday), Thu 28, Wed 27, Tue 26, Mon 25: the law allows Sunday 24 March,
    // so the office must publish by Friday 22 March.
    expect(latestLawfulPublication('2013-04-03', rules)).toBe('2013-03-24');
    expect(publicationDeadline('2013-04-03', rules)).toBe('2013-03-22');
  });

  it('skips the Christmas break and New Year', () => {
    // Christmas 2013 was a Wednesday: break Tuesday 24 to Friday 27 December; 1 January 2014 a bank holiday.
    // Counting back: Fri 3, Thu 2, Tue 31, Mon 30, Mon 23: the law allows Sunday 22, the office Friday 20.
    expect(publicationDeadline('2014-01-06', englishExcludingSaturdays)).toBe('2013-12-20');
    // Scotland also loses 2 January.
    expect(publicationDeadline('2014-01-06', rulesFor({ region: 'scotland' }))).toBe('2013-12-19');
  });

  it('skips the early May bank holiday, and the 2020 VE day move', () => {
    expect(publicationDeadline('2013-05-09', englishExcludingSaturdays)).toBe('2013-04-30');
    // In 2020 the holiday was Friday 8 May, so Monday 4 May was a clear day.
    expect(publicationDeadline('2020-05-12', englishExcludingSaturdays)).toBe('2020-05-01');
  });

  it('skips the spring bank holiday, and the 2012 Diamond Jubilee days', () => {
    expect(publicationDeadline('2013-05-29', englishExcludingSaturdays)).toBe('2013-05-20');
    // 4 and 5 June 2012 were holidays; 28 May 2012 was not.
    expect(publicationDeadline('2012-06-07', englishExcludingSaturdays)).toBe('2012-05-28');
  });

  it("skips St Andrew's Day's substitute Monday in Scotland only", () => {
    // 30 November 2025 is a Sunday, so Scotland's holiday is Monday 1 December.
    expect(publicationDeadline('2025-12-04', rulesFor({ region: 'scotland' }))).toBe('2025-11-25');
    expect(publicationDeadline('2025-12-04', englishExcludingSaturdays)).toBe('2025-11-26');
  });

  it('takes a bank holiday the clerk added into account', () => {
    const edits = [
      { id: 'e1', date: '2013-03-11', region: 'englandAndWales', name: 'Local', change: 'added' },
    ] as const;
    expect(publicationDeadline('2013-03-13', rulesFor({ edits: [...edits] }))).toBe('2013-03-04');
  });
});

describe('notClearDayReason', () => {
  it('says why a day does not count', () => {
    expect(notClearDayReason('2013-03-10', englishExcludingSaturdays)).toBe('Sunday');
    expect(notClearDayReason('2013-03-09', englishExcludingSaturdays)).toBe('Saturday');
    expect(notClearDayReason('2013-03-09', englishCountingSaturdays)).toBeUndefined();
    expect(notClearDayReason('2013-03-29', englishExcludingSaturdays)).toBe('Good Friday');
    expect(notClearDayReason('2013-03-28', englishExcludingSaturdays)).toBe('Easter break');
    expect(notClearDayReason('2013-12-24', englishExcludingSaturdays)).toBe('Christmas break');
    expect(notClearDayReason('2013-03-12', englishExcludingSaturdays)).toBeUndefined();
  });

  it('never counts Christmas Day, even on a Saturday where Saturdays count', () => {
    expect(notClearDayReason('2021-12-25', englishCountingSaturdays)).toBe('Christmas Day');
  });

  it('never counts Good Friday, even if the clerk removed it from the bank holidays', () => {
    const edits = [
      { id: 'e1', date: '2013-03-29', region: 'englandAndWales', name: 'Good Friday', change: 'removed' },
    ] as const;
    expect(notClearDayReason('2013-03-29', rulesFor({ edits: [...edits] }))).toBe('Good Friday');
  });

  it('counts Easter Tuesday in Scotland only when the breaks are not applied', () => {
    const scotland = rulesFor({ region: 'scotland', excludeChristmasAndEasterBreaks: false });
    expect(notClearDayReason('2013-04-01', scotland)).toBeUndefined();
    expect(notClearDayReason('2013-04-01', englishExcludingSaturdays)).toBe('Easter Monday');
  });
});

describe('clearDaysBetween', () => {
  it('is 0 when the meeting is the next day or earlier', () => {
    expect(clearDaysBetween('2013-03-12', '2013-03-13', englishExcludingSaturdays)).toBe(0);
    expect(clearDaysBetween('2013-03-13', '2013-03-13', englishExcludingSaturdays)).toBe(0);
    expect(clearDaysBetween('2013-03-20', '2013-03-13', englishExcludingSaturdays)).toBe(0);
  });

  it('refuses a date that is not a date', () => {
    expect(() => clearDaysBetween('13/03/2013', '2013-03-13', englishExcludingSaturdays)).toThrow(
      /YYYY-MM-DD/,
    );
  });

  it('refuses a notice period that is not a whole number of days', () => {
    expect(() => publicationDeadline('2013-03-13', rulesFor({ noticeClearDays: -1 }))).toThrow(
      /whole number/,
    );
  });
});

describe('publicationDeadline for any meeting', () => {
  const iso = (date: Date): string => format(date, 'yyyy-MM-dd');
  it('leaves exactly the required clear days, and a day later would leave too few', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 25 }),
        fc.boolean(),
        fc.constantFrom('englandAndWales', 'scotland', 'northernIreland' as const),
        fc.integer({ min: 0, max: 10 }),
        (offset, saturdays, region, clearDays) => {
          const meeting = iso(addDays(new Date(2010, 0, 1), offset));
          const rules = rulesFor({ region, saturdaysAreClearDays: saturdays, noticeClearDays: clearDays });
          const lawful = latestLawfulPublication(meeting, rules);
          const dayAfter = iso(addDays(new Date(`${lawful}T12:00:00`), 1));
          expect(clearDaysBetween(lawful, meeting, rules)).toBe(clearDays);
          expect(clearDaysBetween(dayAfter, meeting, rules)).toBeLessThan(Math.max(clearDays, 1));
          const deadline = publicationDeadline(meeting, rules);
          expect(deadline <= lawful).toBe(true);
          expect(isWorkingDay(deadline, rules.calendar)).toBe(true);
          expect(clearDaysBetween(deadline, meeting, rules)).toBeGreaterThanOrEqual(clearDays);
        },
      ),
      { numRuns: 300 },
    );
  });
});
