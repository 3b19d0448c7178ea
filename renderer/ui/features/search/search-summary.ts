import type { SearchResults } from '../../../db/search';

/** Years as the clerk reads them, a run of years as a span: "2013–2015, 2019". */
export function yearsInWords(years: readonly string[]): string {
  const sorted = [...new Set(years)].sort();
  const runs: string[][] = [];
  for (const year of sorted) {
    const run = runs.at(-1);
    if (run && Number(run.at(-1)) + 1 === Number(year)) run.push(year);
    else runs.push([year]);
  }
  return runs.map((run) => (run.length > 1 ? `${run[0]}–${run.at(-1)}` : run[0])).join(', ');
}

/**
 * What the search found, in a sentence, saying plainly when years were left out: either because the search
 * already had enough from the newest years, or because their part of the index is still opening.
 */
export function searchSummary(found: SearchResults, shown: number): string {
  const waiting = found.notYetSearched.length > 0 ? yearsInWords(found.notYetSearched) : '';
  const stillLoading = waiting ? ` ${waiting} not searched yet: still loading, results will follow.` : '';
  if (found.total === 0)
    return waiting
      ? `Nothing found so far.${stillLoading}`
      : 'Nothing found. Try fewer words, or widen the filters.';
  if (!found.complete)
    return `More than ${found.total} found; the best ${found.hits.length} from the newest years shown. Choose a committee or dates to look further back.${stillLoading}`;
  return `${found.total} found${found.total > shown ? `, best ${shown} shown` : ''}.${stillLoading}`;
}

/** While older years open: which years a search covers now, for the line above the results. */
export function openingSummary(coverage: {
  searchable: readonly string[];
  waiting: readonly string[];
}): string {
  if (coverage.waiting.length === 0) return '';
  const searchable = coverage.searchable.length > 0 ? `Searching ${yearsInWords(coverage.searchable)}; ` : '';
  return `${searchable}${yearsInWords(coverage.waiting)} still loading.`;
}
