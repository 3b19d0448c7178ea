import { db } from '../database';
import type { AgendaItem, Meeting } from '../../domain/model';
import { resolutionVerbs } from '../../domain/model';
import { richTextToPlain } from '../../domain/rich-text';
import { docxText } from './docx-text';
import { entryId, type SearchEntry, type SearchKind } from './search-entries';

/** Papers are read this many at a time, so 200 MB of reports never sit in memory together. */
const documentsPerRead = 200;

/**
 * Every searchable entry in the database, in batches, read table by table rather than record by record: the way
 * to build the index from scratch for a whole archive. Must give the same entries as entryFor, one by one.
 */
export async function* allEntries(): AsyncGenerator<SearchEntry[]> {
  const meetings = new Map<string, Meeting>((await db.meetings.toArray()).map((m) => [m.id, m]));
  const items = new Map<string, AgendaItem>((await db.agendaItems.toArray()).map((i) => [i.id, i]));
  const make = (
    kind: SearchKind,
    recordId: string,
    meetingId: string,
    title: string,
    text: string,
  ): SearchEntry[] => {
    const meeting = meetings.get(meetingId);
    if (!meeting) return [];
    const { committeeId, date } = meeting;
    return [{ id: entryId(kind, recordId), kind, recordId, meetingId, committeeId, date, title, text }];
  };
  yield [...items.values()].flatMap((item) =>
    make(
      'agendaItem',
      item.id,
      item.meetingId,
      item.title,
      [item.description, item.recommendation, item.responsibleOfficer, item.reportAuthor]
        .filter(Boolean)
        .join('\n'),
    ),
  );
  const minutes = await db.minutes.toArray();
  const minuteItem = new Map(minutes.map((minute) => [minute.id, minute.agendaItemId]));
  yield minutes.flatMap((minute) =>
    make(
      'minute',
      minute.id,
      minute.meetingId,
      `${minute.number}. ${items.get(minute.agendaItemId)?.title ?? ''}`,
      richTextToPlain(minute.text),
    ),
  );
  yield (await db.resolutions.toArray()).flatMap((resolution) => {
    const clauses = resolution.clauses.flatMap((clause) => [clause.text, ...clause.subClauses]);
    const title = items.get(minuteItem.get(resolution.minuteId) ?? '')?.title ?? '';
    const text = [`${resolutionVerbs[resolution.verb]}: ${resolution.text}`, ...clauses].join('\n');
    return make('resolution', resolution.id, resolution.meetingId, title, text);
  });
  yield (await db.actions.toArray()).flatMap((action) =>
    make(
      'action',
      action.id,
      action.meetingId,
      action.text,
      [action.ownerText, ...action.updates.map((update) => update.text), action.outcome].join('\n'),
    ),
  );
  const documents = await db.documents.toArray();
  for (let start = 0; start < documents.length; start += documentsPerRead) {
    const slice = documents.slice(start, start + documentsPerRead);
    const contents = await db.documentContents.bulkGet(slice.map((document) => document.id));
    yield slice.flatMap((document, index) => {
      const bytes = document.format === 'docx' ? contents[index]?.bytes : undefined;
      return make('document', document.id, document.meetingId, document.name, bytes ? docxText(bytes) : '');
    });
  }
}
