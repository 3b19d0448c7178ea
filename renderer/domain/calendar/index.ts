/** Bank holidays, clear days, working-day deadlines and meeting series: the calendar rules a clerk works to. */
export * from './easter';
export * from './bank-holiday-rules';
export * from './bank-holiday-one-offs';
export * from './bank-holidays';
export * from './breaks';
export * from './deadline-rules';
export * from './clear-days';
export * from './late-items';
export * from './working-days';
export * from './key-decisions';
export * from './meeting-deadlines';
export * from './meeting-series';
export * from './decision-call-in';
export * from './meeting-when-warnings';
