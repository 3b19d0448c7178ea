import type { IsoDate } from '../../domain/model';
import type { ArchiveIndex } from './search-index';
import type { SearchKind } from './search-entries';

export type SearchFilters = {
  committeeId?: string;
  from?: IsoDate;
  to?: IsoDate;
  /** Empty or absent: every kind. */
  kinds?: readonly SearchKind[];
};

export type SearchHit = {
  id: string;
  kind: SearchKind;
  recordId: string;
  meetingId: string;
  committeeId: string;
  date: IsoDate;
  title: string;
  score: number;
  /** The words of the record that matched: what the snippet marks. */
  terms: string[];
};

type Stored = Omit<SearchHit, 'id' | 'score' | 'terms'>;

/**
 * The best matches for what the clerk typed, best first, within the filters. Runs on the in-memory index only,
 * so it stays fast on a whole archive; snippets are read separately for the hits on screen.
 */
export function searchArchive(
  index: ArchiveIndex,
  query: string,
  filters: SearchFilters = {},
  limit = 50,
): { hits: SearchHit[]; total: number } {
  const words = query.trim();
  if (!words) return { hits: [], total: 0 };
  const kinds = filters.kinds?.length ? new Set(filters.kinds) : undefined;
  const results = index.search(words, {
    filter: (result) => {
      const stored = result as unknown as Stored;
      if (filters.committeeId && stored.committeeId !== filters.committeeId) return false;
      if (filters.from && stored.date < filters.from) return false;
      if (filters.to && stored.date > filters.to) return false;
      return !kinds || kinds.has(stored.kind);
    },
  });
  const hits = results.slice(0, limit).map((result) => {
    const stored = result as unknown as Stored;
    return {
      id: String(result.id),
      kind: stored.kind,
      recordId: stored.recordId,
      meetingId: stored.meetingId,
      committeeId: stored.committeeId,
      date: stored.date,
      title: stored.title,
      score: result.score,
      terms: result.terms,
    };
  });
  return { hits, total: results.length };
}
