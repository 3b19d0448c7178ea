import MiniSearch, { type Options } from 'minisearch';
import { db } from '../database';
import { allEntries } from './all-entries';
import { entryFor, entryId, indexedTables, type SearchEntry, type SearchKind } from './search-entries';

export type ArchiveIndex = MiniSearch<SearchEntry>;

/** Stored fields are what a result shows and filters on; the text itself is read back only for the snippet. */
export const searchOptions: Options<SearchEntry> = {
  fields: ['title', 'text'],
  storeFields: ['kind', 'recordId', 'meetingId', 'committeeId', 'date', 'title'],
  searchOptions: {
    boost: { title: 2 },
    combineWith: 'AND',
    // Words being typed match as prefixes; only the last one, so a finished phrase stays precise.
    prefix: (_term, index, terms) => index === terms.length - 1,
    fuzzy: (term) => (term.length > 6 ? 0.15 : false),
  },
};

/** The one row in `searchIndex` holding the saved index and the change-log stamp it is current to. */
export const savedIndexKey = 'minisearch';
export type SavedIndex = { json: string; indexedUpTo: string };

export function emptyIndex(): ArchiveIndex {
  return new MiniSearch<SearchEntry>(searchOptions);
}

/** The newest stamp in the change log: an index built after reading it misses nothing written before it. */
export async function latestStamp(): Promise<string> {
  return (await db.changes.orderBy('hlc').last())?.hlc ?? '';
}

/** Build the index from every record: only when none is saved (a new laptop, or an imported archive). */
export async function buildIndex(): Promise<{ index: ArchiveIndex; indexedUpTo: string }> {
  const indexedUpTo = await latestStamp();
  const index = emptyIndex();
  for await (const batch of allEntries()) index.addAll(batch);
  return { index, indexedUpTo };
}

export async function saveIndex(index: ArchiveIndex, indexedUpTo: string): Promise<void> {
  const value: SavedIndex = { json: JSON.stringify(index), indexedUpTo };
  await db.searchIndex.put({ key: savedIndexKey, value });
}

export async function loadSavedIndex(): Promise<{ index: ArchiveIndex; indexedUpTo: string } | undefined> {
  const saved = (await db.searchIndex.get(savedIndexKey))?.value as SavedIndex | undefined;
  if (!saved || typeof saved.json !== 'string') return undefined;
  try {
    return {
      index: await MiniSearch.loadJSONAsync(saved.json, searchOptions),
      indexedUpTo: saved.indexedUpTo,
    };
  } catch {
    // A saved index from another version of the options cannot be trusted: build afresh.
    return undefined;
  }
}

function replace(index: ArchiveIndex, id: string, entry: SearchEntry | undefined): void {
  if (index.has(id)) index.discard(id);
  if (entry) index.add(entry);
}

/**
 * Bring the index up to date with every change logged after `since`: each changed record is read again and its
 * entry replaced (or removed, when the record is gone). Returns the new stamp and how many entries moved.
 */
export async function applyChanges(
  index: ArchiveIndex,
  since: string,
): Promise<{ upTo: string; changed: number }> {
  const changes = await db.changes.where('hlc').above(since).toArray();
  if (changes.length === 0) return { upTo: since, changed: 0 };
  const touched = new Map<string, [SearchKind, string]>();
  const touch = (kind: SearchKind, recordId: string) =>
    touched.set(entryId(kind, recordId), [kind, recordId]);
  for (const change of changes) {
    if (change.table in indexedTables)
      touch(indexedTables[change.table as keyof typeof indexedTables], change.recordId);
    if (change.table === 'meetings') {
      // A meeting moved to another date or committee: everything said at it files differently.
      for (const [kind, table] of [
        ['minute', db.minutes],
        ['resolution', db.resolutions],
        ['agendaItem', db.agendaItems],
        ['action', db.actions],
        ['document', db.documents],
      ] as const) {
        for (const key of await table.where('meetingId').equals(change.recordId).primaryKeys())
          touch(kind, key);
      }
    }
    if (change.table === 'agendaItems') {
      // Minutes and papers carry their item's title.
      for (const key of await db.minutes.where('agendaItemId').equals(change.recordId).primaryKeys())
        touch('minute', key);
      for (const key of await db.documents.where('agendaItemId').equals(change.recordId).primaryKeys())
        touch('document', key);
    }
  }
  for (const [id, [kind, recordId]] of touched) replace(index, id, await entryFor(kind, recordId));
  const upTo = changes.reduce((latest, change) => (change.hlc > latest ? change.hlc : latest), since);
  return { upTo, changed: touched.size };
}
