import { describe, expect, it } from 'vitest';
import { minuteNumber, sequenceOf } from '../../../renderer/domain/minute-numbering';
import { municipalYearLabel, municipalYearOf } from '../../../renderer/domain/municipal-year';

describe('minute numbers', () => {
  it('runs continuously across meetings (seed 004: 101.-109.)', () => {
    expect(
      minuteNumber({ scheme: 'continuous', sequence: 101, municipalYear: 2012, agendaNumber: '1' }),
    ).toBe('101');
  });

  it('runs through the municipal year as N/YY (seed 001: 9/18 in March 2018)', () => {
    const year = municipalYearOf('2018-03-06', 5);
    expect(year).toBe(2017);
    expect(
      minuteNumber({ scheme: 'perMunicipalYear', sequence: 9, municipalYear: year, agendaNumber: '1' }),
    ).toBe('9/18');
    expect(municipalYearLabel(year)).toBe('2017/18');
  });

  it('reuses the agenda item number when the scheme says so (seed 003)', () => {
    expect(
      minuteNumber({ scheme: 'perAgendaItem', sequence: 3, municipalYear: 2012, agendaNumber: '5.2' }),
    ).toBe('5.2');
  });

  it('starts a new municipal year in May, or April where the council says so', () => {
    expect(municipalYearOf('2018-05-01', 5)).toBe(2018);
    expect(municipalYearOf('2018-04-30', 5)).toBe(2017);
    expect(municipalYearOf('2018-04-01', 4)).toBe(2018);
  });

  it('reads the running count back from a printed number', () => {
    expect(sequenceOf('9/18')).toBe(9);
    expect(sequenceOf('101')).toBe(101);
    expect(sequenceOf('')).toBeUndefined();
  });
});
