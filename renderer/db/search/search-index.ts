import { db } from '../database';
import { allEntries } from './all-entries';
import { ArchiveIndex } from './archive-index';
import { entryFor, entryId, indexedTables, type SearchKind } from './search-entries';
import type { SavedShard } from './shard';

export { ArchiveIndex };

/**
 * Rows of `searchIndex`: a list of the shards and the change-log stamp they are current to, and one row per
 * shard. Saving writes the list and the changed shards in one transaction, so the rows always agree.
 */
export const savedListKey = 'search:shards';
export const shardRowKey = (key: string) => `search:shard:${key}`;
/** The single JSON row of the index before it was split (about 100 MB on a full archive): removed on save. */
const oldSingleRowKey = 'minisearch';
export type SavedShardList = { format: 1; keys: string[]; indexedUpTo: string };

/** Building and saving work in turns of about this size, letting the screen draw in between. */
const entriesPerTurn = 1000;

function letTheScreenIn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function emptyIndex(): ArchiveIndex {
  return new ArchiveIndex();
}

/** The newest stamp in the change log: an index built after reading it misses nothing written before it. */
export async function latestStamp(): Promise<string> {
  return (await db.changes.orderBy('hlc').last())?.hlc ?? '';
}

/** Build the index from every record: only when none is saved (a new laptop, or an imported archive). */
export async function buildIndex(): Promise<{ index: ArchiveIndex; indexedUpTo: string }> {
  const indexedUpTo = await latestStamp();
  const index = emptyIndex();
  for await (const batch of allEntries()) {
    for (let start = 0; start < batch.length; start += entriesPerTurn) {
      index.addAll(batch.slice(start, start + entriesPerTurn));
      await letTheScreenIn();
    }
  }
  return { index, indexedUpTo };
}

/** Save the shards changed since the last save (every shard, the first time), and the stamp they are current to. */
export async function saveIndex(
  index: ArchiveIndex,
  indexedUpTo: string,
): Promise<{ shardsWritten: number }> {
  const before = (await db.searchIndex.get(savedListKey))?.value as SavedShardList | undefined;
  const shards: SavedShard[] = [];
  for (const key of before?.format === 1 ? index.unsaved : index.keys) {
    const shard = index.freeze(key);
    if (shard) shards.push(shard);
    await letTheScreenIn();
  }
  const list: SavedShardList = { format: 1, keys: index.shards().map((shard) => shard.key), indexedUpTo };
  await db.transaction('rw', db.searchIndex, async () => {
    await db.searchIndex.bulkPut(shards.map((shard) => ({ key: shardRowKey(shard.key), value: shard })));
    await db.searchIndex.put({ key: savedListKey, value: list });
    const gone = (before?.keys ?? []).filter((key) => !list.keys.includes(key));
    await db.searchIndex.bulkDelete([oldSingleRowKey, ...gone.map(shardRowKey)]);
  });
  return { shardsWritten: shards.length };
}

function isShard(value: unknown): value is SavedShard {
  const shard = value as SavedShard | undefined;
  return (
    shard?.format === 2 && Array.isArray(shard.entries?.ids) && shard.segment?.entries instanceof Uint32Array
  );
}

/** The saved index, or undefined when there is none (or it is from another version and must be built again). */
export async function loadSavedIndex(): Promise<{ index: ArchiveIndex; indexedUpTo: string } | undefined> {
  const list = (await db.searchIndex.get(savedListKey))?.value as SavedShardList | undefined;
  if (list?.format !== 1 || !Array.isArray(list.keys)) return undefined;
  // A year at a time, newest first, so no one step holds the screen for long.
  const index = emptyIndex();
  for (const key of [...list.keys].sort().reverse()) {
    const shard = (await db.searchIndex.get(shardRowKey(key)))?.value;
    if (!isShard(shard)) return undefined;
    index.open(shard);
  }
  return { index, indexedUpTo: list.indexedUpTo };
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
  for (const [id, [kind, recordId]] of touched) {
    const entry = await entryFor(kind, recordId);
    if (entry) index.add(entry);
    else index.discard(id);
  }
  const upTo = changes.reduce((latest, change) => (change.hlc > latest ? change.hlc : latest), since);
  return { upTo, changed: touched.size };
}
