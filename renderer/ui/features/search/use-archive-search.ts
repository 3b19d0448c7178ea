import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../../../db/database';
import { openSearch, type ArchiveSearch } from '../../../db/search';

export type SearchState =
  | { state: 'opening' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; search: ArchiveSearch; version: number };

/**
 * The archive's search index for a screen: opened once (read from where it was saved), and brought up to date
 * whenever the change log moves, so a minute typed a moment ago is found. `version` changes after each catch-up,
 * so results depending on it are worked out again.
 */
export function useArchiveSearch(): SearchState {
  const [state, setState] = useState<SearchState>({ state: 'opening' });
  const latest = useLiveQuery(
    () =>
      db.changes
        .orderBy('hlc')
        .last()
        .then((change) => change?.hlc ?? ''),
    [],
  );
  useEffect(() => {
    let live = true;
    openSearch().then(
      (search) => live && setState({ state: 'ready', search, version: 0 }),
      (error: unknown) =>
        live &&
        setState({
          state: 'failed',
          message: `The search index could not be opened (${error instanceof Error ? error.message : String(error)}). Reload Chamber to build it again.`,
        }),
    );
    return () => {
      live = false;
    };
  }, []);
  const search = state.state === 'ready' ? state.search : undefined;
  useEffect(() => {
    if (!search || latest === undefined) return;
    let live = true;
    void search.refresh().then(() => {
      if (live) setState((now) => (now.state === 'ready' ? { ...now, version: now.version + 1 } : now));
    });
    return () => {
      live = false;
    };
  }, [search, latest]);
  return state;
}
