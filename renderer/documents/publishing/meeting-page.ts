import { formatClockTime, formatLongDate } from '../../domain/en-gb';
import type { MeetingRecord } from '../../domain/meeting-record';
import { meetingTypes } from '../../domain/model';
import { escapeHtml } from './html';
import { itemHtml, type ItemContext } from './item-html';
import { attendanceHtml, chairLinesHtml } from './minute-wording-html';
import { paperTypeAndSize } from './paper-files';
import type { PublicMeeting } from './public-meeting';

/** "Partnership Board - Wednesday 13 March 2013, 6.00 pm" */
export function meetingTitle(record: Pick<MeetingRecord, 'committee' | 'meeting'>): string {
  const { committee, meeting } = record;
  return `${committee.name} - ${formatLongDate(meeting.date)}, ${formatClockTime(meeting.startTime)}`;
}

const minutesWords = {
  none: 'Agenda',
  draft: 'Agenda and draft minutes (to be approved at the next meeting)',
  approved: 'Agenda and minutes',
} as const;

/** The meeting's public pack or minutes as published beside its page, as a file to download. */
export type MeetingDocumentLink = { label: string; href: string; format: 'pdf' | 'docx'; sizeBytes: number };

/**
 * A meeting's page, as seed 003: what it is, when and where, whom to contact, then every agenda item with its
 * public papers and, once published, its minutes. Only the public view and the meeting's own heading are read.
 */
export function meetingPageContent(
  record: Pick<MeetingRecord, 'committee' | 'meeting' | 'organisation'>,
  view: PublicMeeting,
  context: ItemContext,
  documents: MeetingDocumentLink[] = [],
): string {
  const { meeting, organisation } = record;
  const contact = [organisation.contactName, organisation.contactPhone, organisation.contactEmail]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
  const details = [
    ['Date', `${formatLongDate(meeting.date)}, ${formatClockTime(meeting.startTime)}`],
    ['Venue', meeting.venue],
    ['Meeting', meetingTypes[meeting.type]],
    ['Contact', contact],
  ].filter(([, value]) => value?.trim());
  const status =
    meeting.status === 'cancelled'
      ? '<p><strong>This meeting has been cancelled.</strong></p>'
      : `<p>${escapeHtml(minutesWords[view.minutes])}</p>`;
  return [
    `<h1>${escapeHtml(meetingTitle(record))}</h1>`,
    status,
    `<dl class="details">${details.map(([term, value]) => `<dt>${escapeHtml(term ?? '')}</dt><dd>${escapeHtml(value ?? '')}</dd>`).join('')}</dl>`,
    documentsHtml(documents),
    attendanceHtml(view.attendance),
    chairLinesHtml(view.chairLines),
    '<h2>Items</h2>',
    ...view.items.map((item) => itemHtml(item, context)),
    closingHtml(view.closing),
  ].join('\n');
}

/** The minutes' last line, as the signed minutes end: "The meeting ended at 9.20 pm". */
export function closingHtml(closing: string | undefined): string {
  return closing ? `<p class="closing">${escapeHtml(closing)}</p>` : '';
}

function documentsHtml(documents: MeetingDocumentLink[]): string {
  if (documents.length === 0) return '';
  const links = documents.map(
    (document) =>
      `<li><a href="${escapeHtml(document.href)}">${escapeHtml(document.label)}</a> <span class="size">(${paperTypeAndSize(document)})</span></li>`,
  );
  return `<h2>Documents</h2><ul class="papers" aria-label="Documents of this meeting">${links.join('')}</ul>`;
}
