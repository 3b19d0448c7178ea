import type { MeetingRecord } from '../../domain/meeting-record';
import type { AgendaItem, Committee, IsoDate } from '../../domain/model';

/**
 * File names a clerk can file without renaming: the committee, what the paper is, the meeting date.
 * Characters Windows refuses in file names are replaced, so a name like "Planning (North/South)" still saves.
 *
 * @example minutesFileName(record) // "Harrow Partnership Board minutes 2012-12-06.docx"
 */
export function minutesFileName(record: MeetingRecord, part: 'A' | 'B' = 'A'): string {
  const what = part === 'B' ? 'confidential minutes' : 'minutes';
  return meetingFileName(record.committee, what, record.meeting.date);
}

export function agendaAndMinutesFileName(record: MeetingRecord, agendaOnly = false): string {
  return meetingFileName(record.committee, agendaOnly ? 'agenda' : 'agenda and minutes', record.meeting.date);
}

export function actionLogFileName(committee: Committee, asAt: IsoDate): string {
  return meetingFileName(committee, 'action log', asAt);
}

export function reportCoverFileName(record: MeetingRecord, agendaItem: AgendaItem): string {
  return meetingFileName(record.committee, `report cover - ${agendaItem.title}`, record.meeting.date);
}

function meetingFileName(committee: Committee, what: string, date: IsoDate): string {
  return safeFileName(`${committee.name} ${what} ${date}`) + '.docx';
}

export function safeFileName(name: string): string {
  return name
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 180);
}
