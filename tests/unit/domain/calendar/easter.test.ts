import { describe, expect, it } from 'vitest';
import { easterSunday } from '../../../../renderer/domain/calendar/easter';

// Easter Day as published by the Church of England's tables for every year Chamber ships.
const published: Record<number, string> = {
  2010: '04-04',
  2011: '04-24',
  2012: '04-08',
  2013: '03-31',
  2014: '04-20',
  2015: '04-05',
  2016: '03-27',
  2017: '04-16',
  2018: '04-01',
  2019: '04-21',
  2020: '04-12',
  2021: '04-04',
  2022: '04-17',
  2023: '04-09',
  2024: '03-31',
  2025: '04-20',
  2026: '04-05',
  2027: '03-28',
  2028: '04-16',
  2029: '04-01',
  2030: '04-21',
  2031: '04-13',
  2032: '03-28',
  2033: '04-17',
  2034: '04-09',
  2035: '03-25',
};

const asText = ({ month, day }: { month: number; day: number }): string =>
  `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

describe('easterSunday', () => {
  it.each(Object.entries(published))('puts Easter %s on the published day', (year, day) => {
    expect(asText(easterSunday(Number(year)))).toBe(day);
  });

  it('handles the earliest and latest possible Easters', () => {
    expect(asText(easterSunday(1818))).toBe('03-22');
    expect(asText(easterSunday(2285))).toBe('03-22');
    expect(asText(easterSunday(1943))).toBe('04-25');
    expect(asText(easterSunday(2038))).toBe('04-25');
  });

  it('always gives a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2100; year += 1) {
      const { month, day } = easterSunday(year);
      expect(new Date(year, month - 1, day).getDay()).toBe(0);
      expect(asText({ month, day }) >= '03-22' && asText({ month, day }) <= '04-25').toBe(true);
    }
  });

  it('refuses years before the Gregorian calendar', () => {
    expect(() => easterSunday(1500)).toThrow(/from 1583/);
    expect(() => easterSunday(2013.5)).toThrow(RangeError);
  });
});
