import { Field, SearchBox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { db } from '../../../db/database';
import { searchArchive, searchCoverage, type SearchFilters } from '../../../db/search';
import { ErrorMessage } from '../../common/error-message';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';
import { SearchFilterFields } from './search-filters';
import { SearchGrid } from './search-grid';
import { openingSummary, searchSummary } from './search-summary';
import { useArchiveSearch } from './use-archive-search';

const useStyles = makeStyles({
  query: { maxWidth: '40rem' },
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The grid draws only the rows in view, so a search can list this many without slowing the screen. */
const shown = 200;

/** Search every minute, resolution, agenda item, action and attached report in the archive. */
export function SearchPage() {
  const styles = useStyles();
  const archive = useArchiveSearch();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const deferredQuery = useDeferredValue(query);
  const committees = useLiveQuery(() => db.committees.orderBy('name').toArray(), []);
  const names = useMemo(() => new Map(committees?.map((c) => [c.id, c.name])), [committees]);
  const version = archive.state === 'ready' ? archive.version : -1;
  const index = archive.state === 'ready' ? archive.search.index : undefined;
  const found = useMemo(
    () => (index && version >= 0 ? searchArchive(index, deferredQuery, filters, shown) : undefined),
    [index, version, deferredQuery, filters],
  );
  // Older years open behind the newest: say which are searched so far (and again as each one arrives).
  const opening = useMemo(
    () => (index && version >= 0 ? openingSummary(searchCoverage(index)) : ''),
    [index, version],
  );
  return (
    <Page title="Search">
      <Field label="Search the archive" className={styles.query}>
        <SearchBox
          value={query}
          onChange={(_, data) => setQuery(data.value)}
          placeholder="Words or a phrase"
        />
      </Field>
      <SearchFilterFields committees={committees ?? []} filters={filters} onChange={setFilters} />
      {archive.state === 'opening' ? <Loading what="the search index" /> : null}
      {opening ? <Text>{opening}</Text> : null}
      {archive.state === 'ready' && archive.search.problem ? (
        <ErrorMessage error={archive.search.problem} />
      ) : null}
      {archive.state === 'failed' ? <ErrorMessage error={archive.message} /> : null}
      {found && deferredQuery.trim() ? (
        <section aria-label="Results" className={styles.results}>
          <Text role="status">{searchSummary(found, shown)}</Text>
          {found.hits.length > 0 ? <SearchGrid hits={found.hits} committeeNames={names} /> : null}
        </section>
      ) : null}
    </Page>
  );
}
