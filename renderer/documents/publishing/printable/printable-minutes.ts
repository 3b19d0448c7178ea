import type { MeetingRecord } from '../../../domain/meeting-record';
import { escapeHtml } from '../html';
import { minuteHtml } from '../item-html';
import { attendanceHtml, chairLinesHtml } from '../minute-wording-html';
import { closingHtml, meetingTitle } from '../meeting-page';
import type { PublicMeeting } from '../public-meeting';
import { meetingDetails } from './printable-agenda';
import { printablePage } from './printable-page';

/**
 * The public minutes as a document to print to PDF: the meeting's heading, then each item with its minute, as the
 * meeting's web page shows them. Built from the public view alone, so a Part B item is its title and paragraph,
 * or, when heard in public after all, its title and public minute.
 *
 * @example printableMinutes(record, publicMeeting(data, 'minutes'))
 */
export function printableMinutes(
  record: Pick<MeetingRecord, 'committee' | 'meeting' | 'organisation'>,
  view: PublicMeeting,
): string {
  const draft = view.minutes === 'draft' ? '<p><strong>DRAFT - subject to approval</strong></p>' : '';
  const items = view.items.map((item) => {
    const heading = `<h3>${escapeHtml(item.number)}. ${escapeHtml(item.title)}</h3>`;
    // A Part B item carries a minute only when it was heard in public (the exclusion motion was lost).
    if (item.part === 'B' && !item.minute) {
      return `<section>${heading}<p class="exempt">This item was taken in private: its minutes are not published.</p></section>`;
    }
    return `<section>${heading}${item.minute ? minuteHtml(item.minute) : ''}</section>`;
  });
  return printablePage({
    title: `Minutes - ${meetingTitle(record)}`,
    council: record.organisation.name.trim() || 'The council',
    body: [
      `<p class="council">${escapeHtml(record.organisation.name.trim() || 'The council')}</p>`,
      `<h1>Minutes: ${escapeHtml(meetingTitle(record))}</h1>`,
      draft,
      meetingDetails(record),
      attendanceHtml(view.attendance),
      chairLinesHtml(view.chairLines),
      '<h2>Items</h2>',
      ...items,
      closingHtml(view.closing),
    ].join('\n'),
  });
}
