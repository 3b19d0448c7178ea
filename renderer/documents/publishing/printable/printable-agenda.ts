import { formatClockTime, formatLongDate } from '../../../domain/en-gb';
import type { MeetingRecord } from '../../../domain/meeting-record';
import { exemptParagraphs } from '../../../domain/model';
import { escapeHtml } from '../html';
import { meetingTitle } from '../meeting-page';
import type { PublicMeeting } from '../public-meeting';
import { printablePage } from './printable-page';

/** Where each public paper starts and ends in the pack's PDF, by paper id (pages numbered through the pack). */
export type PackPageRanges = Map<string, { first: number; last: number }>;

export function meetingDetails(record: Pick<MeetingRecord, 'meeting' | 'organisation'>): string {
  const { meeting, organisation } = record;
  const contact = [organisation.contactName, organisation.contactPhone, organisation.contactEmail]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
  const rows = [
    ['Date', `${formatLongDate(meeting.date)}, ${formatClockTime(meeting.startTime)}`],
    ['Venue', meeting.venue],
    ['Contact', contact],
  ].filter(([, value]) => value?.trim());
  return `<dl class="details">${rows.map(([term, value]) => `<dt>${escapeHtml(term ?? '')}</dt><dd>${escapeHtml(value ?? '')}</dd>`).join('')}</dl>`;
}

/**
 * The front sheet and agenda of the public pack, to print to PDF ahead of the papers: each public item with
 * "(Pages 5 - 8)" where its papers (and any withheld paper's page) are in the pack, and a Part B item by its title and Schedule 12A paragraph. The
 * ranges come from the pages the PDF really has (public-pack-pdf.ts), so they are right, not estimated.
 *
 * @example printableAgenda(record, publicMeeting(data, 'agenda'), new Map([['d-1', { first: 3, last: 6 }]]))
 */
export function printableAgenda(
  record: Pick<MeetingRecord, 'committee' | 'meeting' | 'organisation'>,
  view: PublicMeeting,
  ranges: PackPageRanges,
): string {
  const council = record.organisation.name.trim() || 'The council';
  const items = view.items.map((item) => {
    const heading = `<h3>${escapeHtml(item.number)}. ${escapeHtml(item.title)}</h3>`;
    if (item.part === 'B') {
      const paragraph = item.exemptParagraph
        ? ` under paragraph ${item.exemptParagraph} of Part 1 of Schedule 12A to the Local Government Act 1972: ${exemptParagraphs[item.exemptParagraph]}`
        : '';
      return `<section>${heading}<p class="exempt">Exempt information${escapeHtml(paragraph)} Not for publication.</p></section>`;
    }
    // The item's pages run from its first paper to its last, a withheld paper's page among them, as in the Word pack.
    const spans = item.packOrder.flatMap((entry) => {
      const range = ranges.get('withheldKey' in entry ? entry.withheldKey : entry.paperId);
      return range ? [range] : [];
    });
    const first = Math.min(...spans.map((span) => span.first));
    const last = Math.max(...spans.map((span) => span.last));
    const pages =
      spans.length === 0
        ? item.toFollow
          ? ' <span class="pages">(To Follow)</span>'
          : ''
        : ` <span class="pages">(${first === last ? `Page ${first}` : `Pages ${first} - ${last}`})</span>`;
    const description = item.description.trim() ? `<p>${escapeHtml(item.description.trim())}</p>` : '';
    // The withheld line is not printed here: it has its own page where the exempt paper stood (public-pdfs.ts).
    return `<section><h3>${escapeHtml(item.number)}. ${escapeHtml(item.title)}${pages}</h3>${description}</section>`;
  });
  return printablePage({
    title: `Agenda - ${meetingTitle(record)}`,
    council,
    body: [
      `<p class="council">${escapeHtml(council)}</p>`,
      `<h1>${escapeHtml(meetingTitle(record))}</h1>`,
      meetingDetails(record),
      '<h2>Agenda - public</h2>',
      ...items,
    ].join('\n'),
  });
}
