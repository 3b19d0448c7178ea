import { formatClockTime, formatLongDate } from '../../domain/en-gb';
import type { Committee, Meeting } from '../../domain/model';
import { committeeTypes } from '../../domain/model';
import { municipalYearLabel, municipalYearOf } from '../../domain/municipal-year';
import { escapeHtml } from './html';

export type ListedMeeting = {
  meeting: Pick<Meeting, 'date' | 'startTime' | 'status'>;
  page: string;
  what: string;
};
export type ListedCommittee = {
  committee: Pick<Committee, 'name' | 'type'>;
  page: string;
  meetings: ListedMeeting[];
};

/** The index: every committee with something published, by name. */
export function committeesIndexContent(council: string, committees: ListedCommittee[]): string {
  const sorted = [...committees].sort((a, b) => a.committee.name.localeCompare(b.committee.name, 'en-GB'));
  const entries = sorted.map(
    ({ committee, page, meetings }) =>
      `<li><a href="${escapeHtml(page)}">${escapeHtml(committee.name)}</a> <span class="size">(${escapeHtml(committeeTypes[committee.type])}, ${meetings.length} ${meetings.length === 1 ? 'meeting' : 'meetings'})</span></li>`,
  );
  return `<h1>Committees of ${escapeHtml(council)}</h1>\n<ul>${entries.join('')}</ul>`;
}

/**
 * A committee's meetings by municipal year (May to May, or April to April as the council's settings say), the
 * newest year first and each year's meetings in date order, as council websites list them.
 */
export function committeePageContent(listed: ListedCommittee, yearStartMonth: number): string {
  const years = new Map<number, ListedMeeting[]>();
  for (const entry of listed.meetings) {
    const year = municipalYearOf(entry.meeting.date, yearStartMonth);
    years.set(year, [...(years.get(year) ?? []), entry]);
  }
  const sections = [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, meetings]) => {
      const rows = [...meetings]
        .sort((a, b) =>
          `${a.meeting.date}${a.meeting.startTime}`.localeCompare(`${b.meeting.date}${b.meeting.startTime}`),
        )
        .map(({ meeting, page, what }) => {
          const when = `${formatLongDate(meeting.date)}, ${formatClockTime(meeting.startTime)}`;
          const cancelled = meeting.status === 'cancelled' ? ' (cancelled)' : '';
          return `<li><a href="${escapeHtml(page)}">${escapeHtml(when)}</a> <span class="size">${escapeHtml(what + cancelled)}</span></li>`;
        });
      return `<h2>${municipalYearLabel(year)}</h2><ul>${rows.join('')}</ul>`;
    });
  return `<h1>${escapeHtml(listed.committee.name)}</h1>\n<p>Meetings by municipal year, the latest first.</p>\n${sections.join('\n')}`;
}
