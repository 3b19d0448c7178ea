/** Meetings as an iCalendar (.ics) file for the clerk's and members' calendar programs. */
export * from './meetings-ics';
export * from './london-time';
export * from './ics-lines';
