import { db } from '../database';
import { allEntries } from './all-entries';
import { ArchiveIndex } from './archive-index';
import { entryFor, entryId, indexedTables, type SearchKind } from './search-entries';
import type { SavedPiece } from './search-piece';

export { ArchiveIndex };

/**
 * Rows of `searchIndex`: a list of the pieces and the change-log stamp they are current to, and one row per
 * piece (one committee's year: its entries and FlexSearch's export, deflated; see piece-packing.ts). Saving writes the list and the changed pieces in one
 * transaction, so the rows always agree.
 */
export const savedListKey = 'search:pieces';
export const pieceRowKey = (key: string) => `search:piece:${key}`;
export type SavedPieceList = { format: 4; keys: string[]; indexedUpTo: string };

/** Building, saving and opening give the screen a turn after about this long. */
const turnMs = 30;

function letTheScreenIn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A way to give the screen a turn only once a turn's worth of work is done (not after every small piece). */
export function turns(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < turnMs) return;
    await letTheScreenIn();
    since = performance.now();
  };
}

export function emptyIndex(): ArchiveIndex {
  return new ArchiveIndex();
}

/** The newest stamp in the change log: an index built after reading it misses nothing written before it. */
export async function latestStamp(): Promise<string> {
  return (await db.changes.orderBy('hlc').last())?.hlc ?? '';
}

/** Build the index from every record: only when none is saved (a new laptop, or an imported archive). */
export async function buildIndex(): Promise<{
  index: ArchiveIndex;
  indexedUpTo: string;
}> {
  const indexedUpTo = await latestStamp();
  const index = emptyIndex();
  const turn = turns();
  for await (const batch of allEntries()) {
    for (const entry of batch) {
      index.add(entry);
      await turn();
    }
  }
  return { index, indexedUpTo };
}

/** Save the pieces changed since the last save (every piece, the first time), and the stamp they are current to. */
export async function saveIndex(
  index: ArchiveIndex,
  indexedUpTo: string,
): Promise<{ shardsWritten: number }> {
  const before = (await db.searchIndex.get(savedListKey))?.value as SavedPieceList | undefined;
  const fresh = before?.format !== 4;
  const pieces: SavedPiece[] = [];
  const turn = turns();
  for (const key of fresh ? index.keys : index.unsaved) {
    const piece = index.freeze(key);
    if (piece) pieces.push(piece);
    await turn();
  }
  // Pieces still waiting to open are stored as they were: the list keeps the stamp they are current to, so
  // the next start catches them up from the change log (catching up twice changes nothing).
  const stamp = index.waiting.length > 0 && before?.format === 4 ? before.indexedUpTo : indexedUpTo;
  const list: SavedPieceList = { format: 4, keys: index.keys, indexedUpTo: stamp };
  await db.transaction('rw', db.searchIndex, async () => {
    // Rows of an older engine (MiniSearch's single row, the hand-made shards, format 3's "forward" FlexSearch
    // exports, five times the size of format 4's) go when the first save is made.
    if (fresh) await db.searchIndex.clear();
    await db.searchIndex.bulkPut(pieces.map((piece) => ({ key: pieceRowKey(piece.key), value: piece })));
    await db.searchIndex.put({ key: savedListKey, value: list });
  });
  return { shardsWritten: pieces.length };
}

function isPiece(value: unknown, key: string): value is SavedPiece {
  const piece = value as SavedPiece | undefined;
  return piece?.format === 4 && piece.key === key && piece.packed instanceof Uint8Array;
}

/**
 * The saved list of pieces, newest first, or undefined when none is saved or it is from another version: an
 * older format (3: FlexSearch "forward" exports) is built again from the records and replaced at the first save.
 */
export async function readSavedList(): Promise<SavedPieceList | undefined> {
  const list = (await db.searchIndex.get(savedListKey))?.value as SavedPieceList | undefined;
  if (list?.format !== 4 || !Array.isArray(list.keys)) return undefined;
  return { ...list, keys: [...list.keys].sort().reverse() };
}

/** Open one saved piece into the index. False when its row is missing or unreadable (build again). */
export async function openSavedPiece(index: ArchiveIndex, key: string): Promise<boolean> {
  const piece = (await db.searchIndex.get(pieceRowKey(key)))?.value;
  if (!isPiece(piece, key)) return false;
  try {
    index.open(piece);
    return true;
  } catch {
    return false;
  }
}

/**
 * The whole saved index, every piece open, or undefined when there is none (or a piece cannot be read and it
 * must be built again). The search screen does not wait for this: see search-service.ts.
 */
export async function loadSavedIndex(): Promise<{ index: ArchiveIndex; indexedUpTo: string } | undefined> {
  const list = await readSavedList();
  if (!list) return undefined;
  // Newest first, a turn at a time, so no one step holds the screen for long.
  const index = new ArchiveIndex([], list.keys);
  const turn = turns();
  for (const key of list.keys) {
    if (!(await openSavedPiece(index, key))) return undefined;
    await turn();
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
