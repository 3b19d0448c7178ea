import { liveQuery, type Subscription } from 'dexie';
import { db } from '../database';
import { entryFor } from './search-entries';
import { highlight, type SnippetPart } from './highlight';
import { applyChanges, buildIndex, loadSavedIndex, saveIndex } from './search-index';
import type { ArchiveIndex } from './archive-index';
import type { SearchHit } from './search-query';

/** After edits, the changed years are saved once the clerk has paused this long. */
const saveDelayMs = 3000;

export type ArchiveSearch = {
  index: ArchiveIndex;
  /** Apply any logged changes not yet in the index; resolves when it is current. */
  refresh: () => Promise<void>;
  /** Save the changed years now (also done automatically a moment after changes). */
  save: () => Promise<void>;
  /** How the index was found at start: 'saved' (the normal case) or 'built'. */
  origin: 'saved' | 'built';
};

let opening: Promise<ArchiveSearch> | undefined;
let watcher: Subscription | undefined;
/** A save waiting for the clerk to pause; dropped when the index is closed, so it never lands in another database. */
let saveTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * The archive's search index, opened once per window and only when a screen first asks for it (never at app
 * start, so it costs the first screen nothing): read from its saved shards (or built, the first time), caught
 * up with the change log, then kept current as records change by watching the log.
 */
export function openSearch(): Promise<ArchiveSearch> {
  opening ??= start();
  return opening;
}

async function start(): Promise<ArchiveSearch> {
  const saved = await loadSavedIndex();
  const origin = saved ? 'saved' : 'built';
  const { index, indexedUpTo } = saved ?? (await buildIndex());
  let upTo = indexedUpTo;
  let queue = Promise.resolve();
  const save = () => {
    clearTimeout(saveTimer);
    queue = queue.then(async () => {
      await saveIndex(index, upTo);
    });
    return queue;
  };
  const refresh = () => {
    queue = queue.then(async () => {
      const { upTo: next, changed } = await applyChanges(index, upTo);
      upTo = next;
      if (changed > 0) {
        clearTimeout(saveTimer);
        saveTimer = setTimeout(() => void save(), saveDelayMs);
      }
    });
    return queue;
  };
  await refresh();
  if (origin === 'built') await save();
  watcher = liveQuery(() => db.changes.orderBy('hlc').last()).subscribe({
    next: () => void refresh(),
    error: () => undefined,
  });
  return { index, refresh, save, origin };
}

/** Forget the open index (tests that start a new database, or after importing an archive). */
export function closeSearch(): void {
  clearTimeout(saveTimer);
  saveTimer = undefined;
  watcher?.unsubscribe();
  watcher = undefined;
  opening = undefined;
}

/** The marked words in context for one hit, read from the record as it is now. */
export async function snippetOf(hit: SearchHit): Promise<SnippetPart[]> {
  const entry = await entryFor(hit.kind, hit.recordId);
  return entry ? highlight(entry.text || entry.title, hit.terms) : [];
}
