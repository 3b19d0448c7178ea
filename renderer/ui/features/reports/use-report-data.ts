import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/database';
import { loadOrganisationSettings } from '../../../db/repositories/settings';
import type { Action, Attendance, Committee, Meeting, Person } from '../../../domain/model';

export type ReportData = {
  committees: Committee[];
  meetings: Map<string, Meeting>;
  attendance: Attendance[];
  actions: Action[];
  people: Map<string, Person>;
  startMonth: number;
};

/** What the reports are drawn from, read once and kept live: undefined while loading. */
export function useReportData(): ReportData | undefined {
  return useLiveQuery(async () => {
    const [committees, meetings, attendance, actions, people, settings] = await Promise.all([
      db.committees.orderBy('name').toArray(),
      db.meetings.toArray(),
      db.attendance.toArray(),
      db.actions.toArray(),
      db.people.toArray(),
      loadOrganisationSettings(),
    ]);
    return {
      committees,
      meetings: new Map(meetings.map((meeting) => [meeting.id, meeting])),
      attendance,
      actions,
      people: new Map(people.map((person) => [person.id, person])),
      startMonth: settings.municipalYearStartMonth,
    };
  }, []);
}
