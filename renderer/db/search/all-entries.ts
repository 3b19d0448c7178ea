import { db } from '../database';
import { recordEntries } from './record-entries';
import type { SearchEntry } from './search-entries';

/** Papers are read this many at a time, so 200 MB of reports never sit in memory together. */
const documentsPerRead = 200;

/**
 * Every searchable entry in the database, in batches, read table by table rather than record by record: the way
 * to build the index from scratch for a whole archive. Must give the same entries as entryFor, one by one.
 */
export async function* allEntries(): AsyncGenerator<SearchEntry[]> {
  const meetings = await db.meetings.toArray();
  const agendaItems = await db.agendaItems.toArray();
  yield recordEntries({ meetings, agendaItems });
  // Minutes and resolutions take their titles from their agenda item, which is already indexed above.
  const minutes = await db.minutes.toArray();
  const resolutions = await db.resolutions.toArray();
  yield recordEntries({ meetings, agendaItems, minutes, resolutions }).filter(
    (entry) => entry.kind !== 'agendaItem',
  );
  yield recordEntries({ meetings, agendaItems: [], actions: await db.actions.toArray() });
  const documents = await db.documents.toArray();
  for (let start = 0; start < documents.length; start += documentsPerRead) {
    const slice = documents.slice(start, start + documentsPerRead);
    const documentContents = await db.documentContents.bulkGet(slice.map((document) => document.id));
    yield recordEntries({ meetings, agendaItems: [], documents: slice, documentContents });
  }
}
