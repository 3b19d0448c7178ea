import { describe, expect, it } from 'vitest';
import type { SearchResults } from '../../../../../renderer/db/search';
import {
  openingSummary,
  searchSummary,
  yearsInWords,
} from '../../../../../renderer/ui/features/search/search-summary';

const results = (changes: Partial<SearchResults>): SearchResults => ({
  hits: [],
  total: 0,
  complete: true,
  notYetSearched: [],
  ...changes,
});

describe('what the search screen tells the clerk', () => {
  it('writes runs of years as spans', () => {
    expect(yearsInWords(['2023', '2022', '2021', '2019', '2015'])).toBe('2015, 2019, 2021–2023');
  });

  it('says which years a search has not looked in while they are still loading', () => {
    expect(searchSummary(results({ notYetSearched: ['2022', '2021'] }), 50)).toBe(
      'Nothing found so far. 2021–2022 not searched yet: still loading, results will follow.',
    );
    expect(searchSummary(results({ total: 3, notYetSearched: ['2020'] }), 50)).toBe(
      '3 found. 2020 not searched yet: still loading, results will follow.',
    );
    expect(openingSummary({ searchable: ['2026', '2025', '2024'], waiting: ['2023', '2022'] })).toBe(
      'Searching 2024–2026; 2022–2023 still loading.',
    );
  });

  it('says nothing about loading once every year is open', () => {
    expect(searchSummary(results({}), 50)).toBe('Nothing found. Try fewer words, or widen the filters.');
    expect(searchSummary(results({ total: 80, complete: true }), 50)).toBe('80 found, best 50 shown.');
    expect(openingSummary({ searchable: ['2024'], waiting: [] })).toBe('');
  });
});
