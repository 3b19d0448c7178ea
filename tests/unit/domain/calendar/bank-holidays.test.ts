import { describe, expect, it } from 'vitest';
import { addDays, format } from 'date-fns';
import type { BankHolidayEdit, BankHolidayRegion } from '../../../../renderer/domain/model';
import {
  applyBankHolidayEdits,
  bankHolidayCalendar,
  builtInBankHolidays,
  builtInYears,
} from '../../../../renderer/domain/calendar/bank-holidays';
import { easterSunday } from '../../../../renderer/domain/calendar/easter';

const datesOf = (region: BankHolidayRegion, year: number): string[] =>
  builtInBankHolidays(region, year).map((holiday) => holiday.date);

const regions: BankHolidayRegion[] = ['englandAndWales', 'scotland', 'northernIreland'];

describe('built-in bank holidays match the GOV.UK lists', () => {
  it.each([
    [2011, ['01-03', '04-22', '04-25', '04-29', '05-02', '05-30', '08-29', '12-26', '12-27']],
    [2012, ['01-02', '04-06', '04-09', '05-07', '06-04', '06-05', '08-27', '12-25', '12-26']],
    [2013, ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26']],
    [2020, ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28']],
    [2021, ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28']],
    [2022, ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27']],
    [2023, ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26']],
    [2025, ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26']],
    [2026, ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28']],
  ])('England and Wales %i', (year, days) => {
    expect(datesOf('englandAndWales', year)).toEqual(days.map((day) => `${year}-${day}`));
  });

  it.each([
    [2019, ['01-01', '01-02', '04-19', '05-06', '05-27', '08-05', '12-02', '12-25', '12-26']],
    [2020, ['01-01', '01-02', '04-10', '05-08', '05-25', '08-03', '11-30', '12-25', '12-28']],
    [2021, ['01-01', '01-04', '04-02', '05-03', '05-31', '08-02', '11-30', '12-27', '12-28']],
    [
      2022,
      ['01-03', '01-04', '04-15', '05-02', '06-02', '06-03', '08-01', '09-19', '11-30', '12-26', '12-27'],
    ],
    [2023, ['01-02', '01-03', '04-07', '05-01', '05-08', '05-29', '08-07', '11-30', '12-25', '12-26']],
    [2025, ['01-01', '01-02', '04-18', '05-05', '05-26', '08-04', '12-01', '12-25', '12-26']],
  ])('Scotland %i', (year, days) => {
    expect(datesOf('scotland', year)).toEqual(days.map((day) => `${year}-${day}`));
  });

  it.each([
    [2019, ['01-01', '03-18', '04-19', '04-22', '05-06', '05-27', '07-12', '08-26', '12-25', '12-26']],
    [2020, ['01-01', '03-17', '04-10', '04-13', '05-08', '05-25', '07-13', '08-31', '12-25', '12-28']],
    [2025, ['01-01', '03-17', '04-18', '04-21', '05-05', '05-26', '07-14', '08-25', '12-25', '12-26']],
  ])('Northern Ireland %i', (year, days) => {
    expect(datesOf('northernIreland', year)).toEqual(days.map((day) => `${year}-${day}`));
  });
});

describe('names', () => {
  it('names substitute days the way GOV.UK does', () => {
    const scotland2022 = builtInBankHolidays('scotland', 2022);
    expect(scotland2022.slice(0, 2)).toEqual([
      { date: '2022-01-03', name: "New Year's Day (substitute day)" },
      { date: '2022-01-04', name: '2nd January (substitute day)' },
    ]);
    expect(builtInBankHolidays('scotland', 2019)).toContainEqual({
      date: '2019-12-02',
      name: "St Andrew's Day (substitute day)",
    });
  });

  it('keeps Boxing Day on Monday when Christmas is a Sunday and moves Christmas to Tuesday', () => {
    expect(builtInBankHolidays('englandAndWales', 2022).slice(-2)).toEqual([
      { date: '2022-12-26', name: 'Boxing Day' },
      { date: '2022-12-27', name: 'Christmas Day (substitute day)' },
    ]);
  });

  it('names the one-off holidays', () => {
    const names = (year: number): string[] => builtInBankHolidays('northernIreland', year).map((h) => h.name);
    expect(names(2011)).toContain('Royal wedding');
    expect(names(2012)).toContain("Queen's Diamond Jubilee");
    expect(names(2020)).toContain('Early May bank holiday (VE day)');
    expect(names(2022)).toContain('Bank Holiday for the State Funeral of Queen Elizabeth II');
    expect(names(2023)).toContain('Bank holiday for the coronation of King Charles III');
  });
});

describe('every built-in year', () => {
  const years = Array.from(
    { length: builtInYears.last - builtInYears.first + 1 },
    (_, i) => builtInYears.first + i,
  );
  const oneOffs: Record<number, number> = { 2011: 1, 2012: 1, 2022: 2, 2023: 1 };
  const standing: Record<BankHolidayRegion, number> = {
    englandAndWales: 8,
    scotland: 9,
    northernIreland: 10,
  };

  it.each(regions)('%s has its standing holidays plus the one-offs, all on weekdays, in order', (region) => {
    for (const year of years) {
      const holidays = builtInBankHolidays(region, year);
      expect(holidays).toHaveLength(standing[region] + (oneOffs[year] ?? 0));
      expect(new Set(holidays.map((h) => h.date)).size).toBe(holidays.length);
      expect(holidays.map((h) => h.date)).toEqual(holidays.map((h) => h.date).sort());
      for (const { date } of holidays) {
        expect(date.startsWith(`${year}-`)).toBe(true);
        expect([0, 6]).not.toContain(new Date(`${date}T12:00:00`).getDay()); // local noon: same day in any zone
      }
    }
  });

  it.each(regions)(
    '%s has Good Friday two days before Easter, and Easter Monday except in Scotland',
    (region) => {
      for (const year of years) {
        const { month, day } = easterSunday(year);
        const easter = new Date(year, month - 1, day);
        const iso = (offset: number): string => format(addDays(easter, offset), 'yyyy-MM-dd');
        const calendar = bankHolidayCalendar(region);
        expect(calendar.holidayOn(iso(-2))).toBe('Good Friday');
        expect(calendar.holidayOn(iso(1))).toBe(region === 'scotland' ? undefined : 'Easter Monday');
      }
    },
  );

  it('puts the summer holiday on the first Monday of August in Scotland and the last elsewhere', () => {
    for (const year of years) {
      const summer = (region: BankHolidayRegion): string =>
        builtInBankHolidays(region, year).find((h) => h.name === 'Summer bank holiday')?.date ?? '';
      expect(Number(summer('scotland').slice(-2))).toBeLessThanOrEqual(7);
      expect(Number(summer('englandAndWales').slice(-2))).toBeGreaterThanOrEqual(25);
      expect(summer('northernIreland')).toBe(summer('englandAndWales'));
    }
  });
});

describe('the clerk edits the calendar', () => {
  const edit = (date: string, change: 'added' | 'removed', region: BankHolidayRegion = 'englandAndWales') =>
    ({ id: `${date}-${change}`, date, change, region, name: 'Local holiday' }) satisfies BankHolidayEdit;

  it('adds a day and removes a day for the region', () => {
    const edited = applyBankHolidayEdits(
      builtInBankHolidays('englandAndWales', 2024),
      [edit('2024-07-05', 'added'), edit('2024-05-27', 'removed')],
      'englandAndWales',
    );
    expect(edited.map((h) => h.date)).toContain('2024-07-05');
    expect(edited.map((h) => h.date)).not.toContain('2024-05-27');
    expect(edited.map((h) => h.date)).toEqual([...edited.map((h) => h.date)].sort());
  });

  it('ignores edits made for another region', () => {
    const edited = applyBankHolidayEdits(
      builtInBankHolidays('englandAndWales', 2024),
      [edit('2024-07-05', 'added', 'scotland')],
      'englandAndWales',
    );
    expect(edited).toEqual(builtInBankHolidays('englandAndWales', 2024));
  });

  it('keeps an added day even when a removal for the same day is also stored', () => {
    const edited = applyBankHolidayEdits(
      [],
      [edit('2024-07-05', 'added'), edit('2024-07-05', 'removed')],
      'englandAndWales',
    );
    expect(edited).toEqual([{ date: '2024-07-05', name: 'Local holiday' }]);
  });

  it('renames a built-in holiday when the clerk adds the same day', () => {
    const calendar = bankHolidayCalendar('englandAndWales', [
      { ...edit('2024-12-26', 'added'), name: 'St Stephen' },
    ]);
    expect(calendar.holidayOn('2024-12-26')).toBe('St Stephen');
  });

  it('applies edits in the calendar, year by year', () => {
    const calendar = bankHolidayCalendar('englandAndWales', [
      edit('2036-05-05', 'removed'),
      edit('2030-01-02', 'added'),
    ]);
    expect(calendar.holidayOn('2030-01-02')).toBe('Local holiday');
    expect(calendar.holidayOn('2036-05-05')).toBeUndefined();
    expect(calendar.holidayOn('2030-01-03')).toBeUndefined();
    expect(calendar.holidaysIn(2030)).toHaveLength(9);
    expect(calendar.holidaysIn(2036)).toHaveLength(7);
  });
});
