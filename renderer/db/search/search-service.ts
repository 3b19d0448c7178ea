import { watchChangeLog } from './change-watch';
import { entryFor } from './search-entries';
import { highlight, type SnippetPart } from './highlight';
import { applyChanges, buildIndex, openSavedPiece, readSavedList, saveIndex, turns } from './search-index';
import { ArchiveIndex, yearOf } from './archive-index';
import type { SearchHit } from './search-query';

/** After edits, the changed years are saved once the clerk has paused this long. */
const saveDelayMs = 3000;

export type ArchiveSearch = {
  /** The index as far as it is open: older years join it as they open (replaced if it had to be built). */
  readonly index: ArchiveIndex;
  /** Apply any logged changes not yet in the index; resolves when it is current. */
  refresh: () => Promise<void>;
  /** Save the changed years now (also done automatically a moment after changes). */
  save: () => Promise<void>;
  /** How the index was found: 'saved' (the normal case) or 'built' (none saved, or a saved year unreadable). */
  readonly origin: 'saved' | 'built';
  /** Resolves once every saved year is open (at once when the index was built). */
  whole: Promise<void>;
  /** Set when older years could not be opened or built: they stay unsearched (and searches say so). */
  readonly problem: string | undefined;
  /** `listener` is called each time another year opens or the index is replaced; returns how to stop. */
  onProgress: (listener: () => void) => () => void;
};

let opening: Promise<ArchiveSearch> | undefined;
let stopWatching: (() => void) | undefined;
/** A save waiting for the clerk to pause; dropped when the index is closed, so it never lands in another database. */
let saveTimer: ReturnType<typeof setTimeout> | undefined;
/** Bumped by closeSearch, so years still opening for a closed index stop. */
let session = 0;

/**
 * The archive's search index, opened once per window and only when a screen first asks for it (never at app
 * start, so it costs the first screen nothing). It answers as soon as the newest year is open: older years
 * open behind it, newest first, and each search says which years it could not look in yet (see
 * searchArchive's `notYetSearched`). Caught up with the change log, then kept current by watching the log.
 */
export function openSearch(): Promise<ArchiveSearch> {
  opening ??= start(session);
  return opening;
}

/** The saved pieces grouped by year, newest year first. */
function byYear(keys: readonly string[]): string[][] {
  const years = new Map<string, string[]>();
  for (const key of keys) years.set(yearOf(key), [...(years.get(yearOf(key)) ?? []), key]);
  return [...years.entries()].sort(([a], [b]) => (a < b ? 1 : -1)).map(([, pieces]) => pieces);
}

async function start(mine: number): Promise<ArchiveSearch> {
  const list = await readSavedList();
  const built = list ? undefined : await buildIndex();
  const state: { index: ArchiveIndex; upTo: string; origin: ArchiveSearch['origin'] } = {
    index: built?.index ?? new ArchiveIndex([], list?.keys ?? []),
    upTo: built?.indexedUpTo ?? list?.indexedUpTo ?? '',
    origin: built ? 'built' : 'saved',
  };
  const listeners = new Set<() => void>();
  const progressed = () => listeners.forEach((listener) => listener());
  let queue = Promise.resolve();
  const save = () => {
    clearTimeout(saveTimer);
    queue = queue.then(async () => {
      await saveIndex(state.index, state.upTo);
    });
    return queue;
  };
  const refresh = () => {
    queue = queue.then(async () => {
      const index = state.index;
      const { upTo: next, changed } = await applyChanges(index, state.upTo);
      if (index !== state.index) return;
      state.upTo = next;
      if (changed > 0) {
        clearTimeout(saveTimer);
        saveTimer = setTimeout(() => void save(), saveDelayMs);
      }
    });
    return queue;
  };
  /** Build from the records and put the result in place of what was opened; resolves once it is in. */
  const buildAgain = async () => {
    const fresh = await buildIndex();
    if (mine !== session) return;
    queue = queue.then(() => {
      state.index = fresh.index;
      state.upTo = fresh.indexedUpTo;
      state.origin = 'built';
    });
    await refresh();
    await save();
    progressed();
  };
  const years = byYear(list?.keys ?? []);
  /** Open one year's pieces; false when one cannot be read. */
  const openYear = async (keys: readonly string[]) => {
    const turn = turns();
    for (const key of keys) {
      if (mine !== session) return true;
      if (!(await openSavedPiece(state.index, key).catch(() => false))) return false;
      await turn();
    }
    return true;
  };
  // The newest year before the first answer (an unreadable one means building it all, as before).
  if (!(await openYear(years[0] ?? []))) await buildAgain();
  await refresh();
  if (built) await save();
  stopWatching = watchChangeLog(() => void refresh());
  const rest = state.origin === 'built' ? [] : years.slice(1);
  let problem: string | undefined;
  const whole = (async () => {
    for (const keys of rest) {
      if (mine !== session) return;
      if (!(await openYear(keys))) return mine === session ? buildAgain() : undefined;
      progressed();
    }
  })().catch((error: unknown) => {
    if (mine !== session) return;
    problem = `The older years of the search index could not be opened (${error instanceof Error ? error.message : String(error)}). Searches cover only the years not listed as still loading; reload Chamber to build the index again.`;
    progressed();
  });
  return {
    get index() {
      return state.index;
    },
    get origin() {
      return state.origin;
    },
    get problem() {
      return problem;
    },
    refresh,
    save,
    whole,
    onProgress: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Forget the open index (tests that start a new database, or after importing an archive). */
export function closeSearch(): void {
  session += 1;
  clearTimeout(saveTimer);
  saveTimer = undefined;
  stopWatching?.();
  stopWatching = undefined;
  opening = undefined;
}

/** The marked words in context for one hit, read from the record as it is now. */
export async function snippetOf(hit: SearchHit): Promise<SnippetPart[]> {
  const entry = await entryFor(hit.kind, hit.recordId);
  return entry ? highlight(entry.text || entry.title, hit.terms) : [];
}
