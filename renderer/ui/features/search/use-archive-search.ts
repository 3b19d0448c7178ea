import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../../../db/database';
import { openSearch, type ArchiveSearch } from '../../../db/search';

export type SearchState =
  | { state: 'opening' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; search: ArchiveSearch; version: number };

const bump = (now: SearchState): SearchState =>
  now.state === 'ready' ? { ...now, version: now.version + 1 } : now;

/**
 * The archive's search index for a screen: ready as soon as its newest year is open (older years follow, and
 * each one that opens changes `version`), and brought up to date whenever the change log moves, so a minute
 * typed a moment ago is found. Results depending on `version` are worked out again when it changes.
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
    let stop = () => undefined as void;
    openSearch().then(
      (search) => {
        if (!live) return;
        setState({ state: 'ready', search, version: 0 });
        const unsubscribe = search.onProgress(() => live && setState(bump));
        stop = () => void unsubscribe();
      },
      (error: unknown) =>
        live &&
        setState({
          state: 'failed',
          message: `The search index could not be opened (${error instanceof Error ? error.message : String(error)}). Reload Chamber to build it again.`,
        }),
    );
    return () => {
      live = false;
      stop();
    };
  }, []);
  const search = state.state === 'ready' ? state.search : undefined;
  useEffect(() => {
    if (!search || latest === undefined) return;
    let live = true;
    void search.refresh().then(() => {
      if (live) setState(bump);
    });
    return () => {
      live = false;
    };
  }, [search, latest]);
  return state;
}
