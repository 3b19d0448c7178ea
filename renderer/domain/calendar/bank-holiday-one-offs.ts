import type { BankHolidayRegion, IsoDate } from '../model';

/** A one-off change made by royal proclamation: a holiday added for a national event, or a standing one moved. */
export type OneOffChange = {
  date: IsoDate;
  name: string;
  change: 'added' | 'removed';
  regions: readonly BankHolidayRegion[];
};

const allRegions: readonly BankHolidayRegion[] = ['englandAndWales', 'scotland', 'northernIreland'];

/**
 * Every one-off change from 2010 to the present, as published on GOV.UK. A moved holiday is a removal of the day
 * the rule gives plus an addition of the day proclaimed. Add new proclamations here (or the clerk adds them as edits).
 */
export const oneOffChanges: readonly OneOffChange[] = [
  { date: '2011-04-29', name: 'Royal wedding', change: 'added', regions: allRegions },
  { date: '2012-05-28', name: 'Spring bank holiday', change: 'removed', regions: allRegions },
  { date: '2012-06-04', name: 'Spring bank holiday', change: 'added', regions: allRegions },
  { date: '2012-06-05', name: "Queen's Diamond Jubilee", change: 'added', regions: allRegions },
  { date: '2020-05-04', name: 'Early May bank holiday', change: 'removed', regions: allRegions },
  { date: '2020-05-08', name: 'Early May bank holiday (VE day)', change: 'added', regions: allRegions },
  { date: '2022-05-30', name: 'Spring bank holiday', change: 'removed', regions: allRegions },
  { date: '2022-06-02', name: 'Spring bank holiday', change: 'added', regions: allRegions },
  { date: '2022-06-03', name: 'Platinum Jubilee bank holiday', change: 'added', regions: allRegions },
  {
    date: '2022-09-19',
    name: 'Bank Holiday for the State Funeral of Queen Elizabeth II',
    change: 'added',
    regions: allRegions,
  },
  {
    date: '2023-05-08',
    name: 'Bank holiday for the coronation of King Charles III',
    change: 'added',
    regions: allRegions,
  },
];
