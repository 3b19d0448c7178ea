import { describe, expect, it } from 'vitest';
import { bankHolidayCalendar } from '../../../../renderer/domain/calendar/bank-holidays';
import { describeMeetingPattern, meetingSeries } from '../../../../renderer/domain/calendar/meeting-series';

const england = bankHolidayCalendar('englandAndWales');
const scotland = bankHolidayCalendar('scotland');

describe('monthly series', () => {
  it('gives the second Wednesday of every month of 2013/14', () => {
    const series = meetingSeries({
      pattern: { kind: 'monthly', weekday: 3, week: 2 },
      municipalYear: 2013,
      startMonth: 5,
      calendar: england,
    });
    expect(series.dates).toEqual([
      '2013-05-08',
      '2013-06-12',
      '2013-07-10',
      '2013-08-14',
      '2013-09-11',
      '2013-10-09',
      '2013-11-13',
      '2013-12-11',
      '2014-01-08',
      '2014-02-12',
      '2014-03-12',
      '2014-04-09',
    ]);
    expect(series.skipped).toEqual([]);
    expect(series.warning).toBeUndefined();
  });

  it('skips the spring and summer bank holidays on the last Monday, and says so', () => {
    const series = meetingSeries({
      pattern: { kind: 'monthly', weekday: 1, week: 'last' },
      municipalYear: 2019,
      startMonth: 5,
      calendar: england,
    });
    expect(series.dates).toEqual([
      '2019-06-24',
      '2019-07-29',
      '2019-09-30',
      '2019-10-28',
      '2019-11-25',
      '2019-12-30',
      '2020-01-27',
      '2020-02-24',
      '2020-03-30',
      '2020-04-27',
    ]);
    expect(series.skipped).toEqual([
      { date: '2019-05-27', reason: 'bank holiday (Spring bank holiday)' },
      { date: '2019-08-26', reason: 'bank holiday (Summer bank holiday)' },
    ]);
    expect(series.warning).toBe(
      '2 dates were left out of the series: Monday 27 May 2019: bank holiday (Spring bank holiday); ' +
        'Monday 26 August 2019: bank holiday (Summer bank holiday). Add a meeting on another day if one is needed.',
    );
  });

  it("uses Scotland's summer holiday, the first Monday in August", () => {
    const series = meetingSeries({
      pattern: { kind: 'monthly', weekday: 1, week: 1 },
      municipalYear: 2019,
      startMonth: 5,
      calendar: scotland,
    });
    expect(series.skipped.map((s) => s.date)).toEqual(['2019-05-06', '2019-08-05', '2019-12-02']);
    expect(series.warning).toMatch(/^3 dates were left out.*St Andrew's Day \(substitute day\)/);
  });

  it('runs April to March for an April municipal year, from a later start', () => {
    const series = meetingSeries({
      pattern: { kind: 'monthly', weekday: 4, week: 3 },
      municipalYear: 2024,
      startMonth: 4,
      calendar: england,
      from: '2024-06-01',
    });
    expect(series.dates[0]).toBe('2024-06-20');
    expect(series.dates.at(-1)).toBe('2025-03-20');
    expect(series.dates).toHaveLength(10);
  });
});

describe('weekly and fortnightly series', () => {
  it('keeps the fortnightly rhythm across skipped holidays, with one warning for each', () => {
    const series = meetingSeries({
      pattern: { kind: 'weekly', weekday: 5, everyWeeks: 2, firstDate: '2020-04-10' },
      municipalYear: 2020,
      startMonth: 4,
      calendar: england,
    });
    expect(series.skipped).toEqual([
      { date: '2020-04-10', reason: 'bank holiday (Good Friday)' },
      { date: '2020-05-08', reason: 'bank holiday (Early May bank holiday (VE day))' },
      { date: '2021-01-01', reason: "bank holiday (New Year's Day)" },
    ]);
    expect(series.dates.slice(0, 2)).toEqual(['2020-04-24', '2020-05-22']);
    expect(series.dates).toHaveLength(23);
    expect(series.dates.at(-1)).toBe('2021-03-26');
  });

  it('starts a weekly series on the first such weekday of the year', () => {
    const series = meetingSeries({
      pattern: { kind: 'weekly', weekday: 2, everyWeeks: 1 },
      municipalYear: 2013,
      startMonth: 5,
      calendar: england,
    });
    expect(series.dates[0]).toBe('2013-05-07');
    expect(series.dates).toHaveLength(52);
    expect(series.skipped).toEqual([]);
  });

  it('leaves out every Monday bank holiday from a weekly Monday series', () => {
    const series = meetingSeries({
      pattern: { kind: 'weekly', weekday: 1, everyWeeks: 1 },
      municipalYear: 2013,
      startMonth: 5,
      calendar: england,
    });
    expect(series.skipped.map((s) => s.date)).toEqual([
      '2013-05-06',
      '2013-05-27',
      '2013-08-26',
      '2014-04-21',
    ]);
    expect(series.dates).toHaveLength(48);
  });

  it('refuses a first date on the wrong day of the week', () => {
    expect(() =>
      meetingSeries({
        pattern: { kind: 'weekly', weekday: 5, everyWeeks: 2, firstDate: '2020-04-09' },
        municipalYear: 2020,
        startMonth: 4,
        calendar: england,
      }),
    ).toThrow('The first meeting, Thursday 9 April 2020, is not a Friday.');
  });

  it('refuses a start outside the municipal year', () => {
    expect(() =>
      meetingSeries({
        pattern: { kind: 'monthly', weekday: 3, week: 2 },
        municipalYear: 2013,
        startMonth: 5,
        calendar: england,
        from: '2013-04-30',
      }),
    ).toThrow('Tuesday 30 April 2013 is not in the municipal year that starts Wednesday 1 May 2013.');
  });
});

describe('describeMeetingPattern', () => {
  it('says the pattern in words', () => {
    expect(describeMeetingPattern({ kind: 'monthly', weekday: 3, week: 2 })).toBe(
      'Monthly on the second Wednesday',
    );
    expect(describeMeetingPattern({ kind: 'monthly', weekday: 5, week: 'last' })).toBe(
      'Monthly on the last Friday',
    );
    expect(describeMeetingPattern({ kind: 'weekly', weekday: 4, everyWeeks: 2 })).toBe(
      'Fortnightly on Thursday',
    );
    expect(describeMeetingPattern({ kind: 'weekly', weekday: 1, everyWeeks: 1 })).toBe('Weekly on Monday');
  });
});
