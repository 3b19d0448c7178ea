import type { IsoDate } from '../../domain/model';
import { yearOf, type ArchiveIndex } from './archive-index';
import type { SearchKind } from './search-entries';
import { commonWords, type PieceEntry, type SearchPiece } from './search-piece';

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
  /** Higher is better: title matches first, then FlexSearch's order within each. */
  score: number;
  /** The words searched for (each marks the words of the record it begins): what the snippet marks. */
  terms: string[];
};

export type SearchResults = {
  hits: SearchHit[];
  /** How many matched in the years searched. */
  total: number;
  /** False when the search stopped after the newest years because it already had enough: there are more. */
  complete: boolean;
  /**
   * Years within the filters not (wholly) searched because their part of the saved index is still opening,
   * newest first. Empty once the whole index is open. A search never leaves years out without saying so.
   */
  notYetSearched: string[];
};

/** A piece cut by the date range is asked for this many, so the dates outside it do not crowd out the rest. */
const cutPieceLimit = 1000;

/** The words of the query as the snippet marks them (lower case, common words left out as the index does). */
function termsOf(query: string): string[] {
  const words = query.toLowerCase().split(/[\n\r\p{Z}\p{P}]+/u);
  return [...new Set(words.filter((word) => word && !commonWords.has(word)))];
}

/** Whether a piece (by its key) holds entries the filters could match. */
function withinFilters(key: string, filters: SearchFilters): boolean {
  const year = yearOf(key);
  if (filters.committeeId && key !== `${year}:${filters.committeeId}`) return false;
  if (/^\d{4}$/.test(year) && filters.from && year < filters.from.slice(0, 4)) return false;
  if (/^\d{4}$/.test(year) && filters.to && year > filters.to.slice(0, 4)) return false;
  return true;
}

function piecesFor(index: ArchiveIndex, filters: SearchFilters): SearchPiece[][] {
  const byYear = new Map<string, SearchPiece[]>();
  for (const piece of index.shards()) {
    if (!withinFilters(piece.key, filters)) continue;
    const year = yearOf(piece.key);
    byYear.set(year, [...(byYear.get(year) ?? []), piece]);
  }
  return [...byYear.values()];
}

/** The years within the filters whose pieces are still opening, newest first. */
function yearsWaiting(index: ArchiveIndex, filters: SearchFilters): string[] {
  return [...new Set(index.waiting.filter((key) => withinFilters(key, filters)).map(yearOf))];
}

type Ranked = { entry: PieceEntry; rank: number };

/** Which years a search covers now (every piece open) and which are still opening, newest first. */
export function searchCoverage(index: ArchiveIndex): { searchable: string[]; waiting: string[] } {
  const waiting = [...new Set(index.waiting.map(yearOf))];
  const open = new Set(index.shards().map((piece) => yearOf(piece.key)));
  return { searchable: [...open].filter((year) => !waiting.includes(year)), waiting };
}

/** Walk the years newest first, each committee's piece searched by FlexSearch, until there are enough. */
function collect(
  years: SearchPiece[][],
  words: readonly string[],
  filters: SearchFilters,
  limit: number,
  suggest: boolean,
) {
  const inDates = (entry: PieceEntry) =>
    !(filters.from && entry.date < filters.from) && !(filters.to && entry.date > filters.to);
  const kinds = filters.kinds ?? [];
  const titles: Ranked[] = [];
  const texts: Ranked[] = [];
  const seen = new Set<string>();
  let complete = true;
  for (const [y, pieces] of years.entries()) {
    const yearTitles: Ranked[] = [];
    const yearTexts: Ranked[] = [];
    for (const piece of pieces) {
      const year = yearOf(piece.key);
      const cut = (filters.from ?? '').startsWith(year) || (filters.to ?? '').startsWith(year);
      const found = piece.search(words, cut ? cutPieceLimit : limit, kinds, suggest);
      if (found.full) complete = false;
      found.titles.forEach((entry, rank) => yearTitles.push({ entry, rank }));
      found.texts.forEach((entry, rank) => yearTexts.push({ entry, rank }));
    }
    // Each piece is ranked by FlexSearch; a year's pieces are merged rank by rank, newer meetings first.
    const byRank = (a: Ranked, b: Ranked) => a.rank - b.rank || (a.entry.date < b.entry.date ? 1 : -1);
    for (const [list, into] of [
      [yearTitles.sort(byRank), titles],
      [yearTexts.sort(byRank), texts],
    ] as const) {
      for (const ranked of list) {
        if (seen.has(ranked.entry.id) || !inDates(ranked.entry)) continue;
        seen.add(ranked.entry.id);
        into.push(ranked);
      }
    }
    if (titles.length + texts.length >= limit && y < years.length - 1) {
      complete = false;
      break;
    }
  }
  return { ranked: [...titles, ...texts], titleCount: titles.length, complete };
}

/**
 * The best matches for what the clerk typed, within the filters: FlexSearch finds entries holding every word
 * (each may be a word still being typed, standing for the indexed words it begins), title matches first.
 * Only when that finds nothing, and only when a word is found nowhere (taken for a slip of the keyboard), does
 * it look again leaving out the words a piece does not hold: that finds the records with the other words.
 * Runs on the in-memory index; snippets are read for the hits on screen.
 */
export function searchArchive(
  index: ArchiveIndex,
  query: string,
  filters: SearchFilters = {},
  limit = 50,
): SearchResults {
  const terms = termsOf(query.slice(0, 2000));
  const notYetSearched = yearsWaiting(index, filters);
  if (terms.length === 0) return { hits: [], total: 0, complete: true, notYetSearched };
  const years = piecesFor(index, filters);
  let found = collect(years, terms, filters, limit, false);
  // A word found nowhere is taken for a slip; words that are all there, just never together, find nothing.
  const slipped = () => terms.some((term) => collect(years, [term], filters, 1, false).ranked.length === 0);
  if (found.ranked.length === 0 && terms.length > 1 && slipped())
    found = collect(years, terms, filters, limit, true);
  const hits = found.ranked.slice(0, limit).map(({ entry }, at) => ({
    ...entry,
    recordId: entry.id.slice(entry.id.indexOf(':') + 1),
    score: (at < found.titleCount ? 2 : 1) / (1 + at),
    terms,
  }));
  return { hits, total: found.ranked.length, complete: found.complete, notYetSearched };
}
