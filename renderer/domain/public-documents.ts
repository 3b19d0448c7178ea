import { formatLongDate } from './en-gb';
import { listOf } from './english';
import type { MeetingRecord } from './meeting-record';

type Facts = Pick<MeetingRecord, 'meeting' | 'agendaItems' | 'documents' | 'minutes' | 'actions'>;

/**
 * The public documents a change of exemption would change: what the clerk must build, print or publish again.
 * For an item's part: everything public that shows the item. For one paper's status: the documents that carry
 * or name papers (minutes and action logs never carry papers).
 *
 * @example publicDocumentsChanged(record, item.id) // ['the public agenda pack', 'the public minutes', ...]
 */
export function publicDocumentsChanged(record: Facts, itemId: string, paperId?: string): string[] {
  const published = record.meeting.agendaPublishedOn;
  const documents = [
    published
      ? `the public agenda pack (published on ${formatLongDate(published)}: publish it again)`
      : 'the public agenda pack',
  ];
  const papers = record.documents.filter(
    (paper) => paper.agendaItemId === itemId && (paperId === undefined || paper.id === paperId),
  );
  if (papers.some((paper) => paper.supplementary)) documents.push('the public supplementary pack');
  const minute = record.minutes.find((candidate) => candidate.agendaItemId === itemId);
  if (paperId === undefined && minute) {
    documents.push('the public minutes');
    if (record.actions.some((action) => action.minuteId === minute.id)) documents.push('the action log');
  }
  documents.push('the agenda and minutes document', 'the published web pages');
  return documents;
}

/** The warning before a change of exemption: which public documents change, in one sentence. */
export function publicDocumentsWarning(record: Facts, itemId: string, paperId?: string): string {
  return `This changes ${listOf(publicDocumentsChanged(record, itemId, paperId))}. Build and publish them again after the change; the change is kept in the item's history.`;
}
