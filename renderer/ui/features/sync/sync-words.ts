import { format } from 'date-fns';
import type { ExportScope } from '../../../sync';

/** Table names as a clerk says them. Tables not listed are shown by their own name. */
const tableNames: Record<string, string> = {
  committees: 'Committee',
  memberships: 'Membership',
  people: 'Person',
  meetings: 'Meeting',
  agendaItems: 'Agenda item',
  attendance: 'Attendance',
  minutes: 'Minute',
  minuteRevisions: 'Earlier minute text',
  resolutions: 'Resolution',
  declarations: 'Declaration',
  motions: 'Motion',
  actions: 'Action',
  documents: 'Paper',
  documentContents: 'Paper file',
  interests: 'Interest',
  phrases: 'Phrase',
  meetingEvents: 'Meeting event',
  templates: 'Template',
  settings: 'Organisation settings',
  bankHolidays: 'Bank holiday',
};

export function tableWords(table: string): string {
  return tableNames[table] ?? table;
}

export function scopeWords(scope: ExportScope): string {
  if (scope.kind === 'everything') return 'everything';
  return scope.kind === 'committee' ? 'one committee with its history' : 'one meeting';
}

export function formatExportedAt(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, "d MMMM yyyy 'at' h.mm aaa");
}
