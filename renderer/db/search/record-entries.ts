import type {
  Action,
  AgendaItem,
  AttachedDocument,
  DocumentContent,
  Meeting,
  Minute,
  Resolution,
} from '../../domain/model';
import { resolutionVerbs } from '../../domain/model';
import { richTextToPlain } from '../../domain/rich-text';
import { docxText } from './docx-text';
import { entryId, type SearchEntry, type SearchKind } from './search-entries';

/** Records read together (a whole table, or one committee's year from the archive generator). */
export type SearchableRecords = {
  meetings: readonly Meeting[];
  agendaItems: readonly AgendaItem[];
  minutes?: readonly Minute[];
  resolutions?: readonly Resolution[];
  actions?: readonly Action[];
  documents?: readonly AttachedDocument[];
  documentContents?: readonly (DocumentContent | undefined)[];
};

/**
 * The search entries of records read in bulk, without the database: the same entries entryFor gives one by one.
 * Pure, so the benchmark can feed it the archive generator's batches directly.
 */
export function recordEntries(records: SearchableRecords): SearchEntry[] {
  const meetings = new Map(records.meetings.map((meeting) => [meeting.id, meeting]));
  const items = new Map(records.agendaItems.map((item) => [item.id, item]));
  const make = (kind: SearchKind, recordId: string, meetingId: string, title: string, text: string) => {
    const meeting = meetings.get(meetingId);
    if (!meeting) return [];
    const { committeeId, date } = meeting;
    return [{ id: entryId(kind, recordId), kind, recordId, meetingId, committeeId, date, title, text }];
  };
  const minutes = records.minutes ?? [];
  const minuteItem = new Map(minutes.map((minute) => [minute.id, minute.agendaItemId]));
  const contents = new Map((records.documentContents ?? []).flatMap((c) => (c ? [[c.id, c.bytes]] : [])));
  return [
    ...records.agendaItems.flatMap((item) =>
      make(
        'agendaItem',
        item.id,
        item.meetingId,
        item.title,
        [item.description, item.recommendation, item.responsibleOfficer, item.reportAuthor]
          .filter(Boolean)
          .join('\n'),
      ),
    ),
    ...minutes.flatMap((minute) =>
      make(
        'minute',
        minute.id,
        minute.meetingId,
        `${minute.number}. ${items.get(minute.agendaItemId)?.title ?? ''}`,
        richTextToPlain(minute.text),
      ),
    ),
    ...(records.resolutions ?? []).flatMap((resolution) => {
      const clauses = resolution.clauses.flatMap((clause) => [clause.text, ...clause.subClauses]);
      const title = items.get(minuteItem.get(resolution.minuteId) ?? '')?.title ?? '';
      const text = [`${resolutionVerbs[resolution.verb]}: ${resolution.text}`, ...clauses].join('\n');
      return make('resolution', resolution.id, resolution.meetingId, title, text);
    }),
    ...(records.actions ?? []).flatMap((action) =>
      make(
        'action',
        action.id,
        action.meetingId,
        action.text,
        [action.ownerText, ...action.updates.map((update) => update.text), action.outcome].join('\n'),
      ),
    ),
    ...(records.documents ?? []).flatMap((document) => {
      const bytes = document.format === 'docx' ? contents.get(document.id) : undefined;
      return make('document', document.id, document.meetingId, document.name, bytes ? docxText(bytes) : '');
    }),
  ];
}
