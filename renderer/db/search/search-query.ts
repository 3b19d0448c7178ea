import type { IsoDate } from '../../domain/model';
import type { ArchiveIndex } from './archive-index';
import type { SearchKind } from './search-entries';
import type { Shard } from './shard';
import { nearWords, slipsAllowed } from './spelling';
import { words } from './tokens';
import { TopHits } from './top-hits';

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
  /** The words that matched (each marks the words of the record it begins): what the snippet marks. */
  terms: string[];
};

const prefixWeight = 0.375;
const slipWeight = 0.45;
/**
 * Per-entry workspace of a search, reused from one query to the next (shards are searched one after another)
 * so typing does not leave megabytes of arrays behind for the garbage collector at every keystroke.
 */
let matchedScratch = new Uint8Array(0);
let scoresScratch = new Float64Array(0);

function workspace(span: number): { matched: Uint8Array; scores: Float64Array } {
  if (matchedScratch.length < span) {
    matchedScratch = new Uint8Array(span * 2);
    scoresScratch = new Float64Array(span * 2);
  }
  matchedScratch.fill(0, 0, span);
  scoresScratch.fill(0, 0, span);
  return { matched: matchedScratch, scores: scoresScratch };
}

/** One word to look up for a word of the query, and how much a match on it counts. */
type Variant = { word: string; weight: number };

/**
 * The variants of each query word: itself, words it begins (the last word only: it is being typed), and for
 * the words in `misspelt`, words a slip of the keyboard away.
 */
function variantsOf(shards: readonly Shard[], terms: readonly string[], misspelt = new Set<string>()) {
  const vocabulary = new Set<string>(misspelt.size ? shards.flatMap((shard) => [...shard.vocabulary()]) : []);
  return terms.map((term, i) => {
    const weights = new Map<string, number>([[term, 1]]);
    if (i === terms.length - 1 && term.length > 1) {
      for (const shard of shards) {
        for (const word of shard.wordsStartingWith(term)) {
          if (word !== term)
            weights.set(
              word,
              (prefixWeight * word.length) / (word.length + 0.3 * (word.length - term.length)),
            );
        }
      }
    }
    if (misspelt.has(term)) {
      for (const [word, distance] of nearWords(term, vocabulary))
        if (!weights.has(word)) weights.set(word, (slipWeight * word.length) / (word.length + distance));
    }
    return [...weights].map(([word, weight]) => ({ word, weight }));
  });
}

function rarityIsZero(shards: readonly Shard[], word: string): boolean {
  return shards.every((shard) => shard.frequency(word) === 0);
}

function inRange(shard: Shard, filters: SearchFilters): boolean {
  if (!/^\d{4}$/.test(shard.key)) return true;
  if (filters.from && shard.key < filters.from.slice(0, 4)) return false;
  return !(filters.to && shard.key > filters.to.slice(0, 4));
}

/** Score every entry holding all the words (any variant of each), and keep the best within the filters. */
function match(shards: readonly Shard[], variants: Variant[][], filters: SearchFilters, limit: number) {
  const entries = shards.reduce((sum, shard) => sum + shard.size, 0);
  const rarity = (word: string) => {
    const frequency = shards.reduce((sum, shard) => sum + shard.frequency(word), 0);
    return Math.log(1 + (entries - frequency + 0.5) / (frequency + 0.5));
  };
  const weighted = variants.map((list) => list.map((v) => ({ ...v, weight: v.weight * rarity(v.word) })));
  const kinds = filters.kinds?.length ? new Set(filters.kinds) : undefined;
  const top = new TopHits(limit);
  let total = 0;
  shards.forEach((shard, s) => {
    const { matched, scores } = workspace(shard.span);
    weighted.forEach((list, i) => {
      for (const { word, weight } of list) shard.score(word, weight, i, matched, scores);
    });
    for (let n = 0; n < shard.span; n += 1) {
      if (matched[n] !== weighted.length || !shard.isLive(n)) continue;
      if (filters.committeeId && shard.committeeOf(n) !== filters.committeeId) continue;
      const date = shard.dateOf(n);
      if ((filters.from && date < filters.from) || (filters.to && date > filters.to)) continue;
      if (kinds && !kinds.has(shard.kindOf(n))) continue;
      total += 1;
      const score = (scores[n] as number) * weighted.length;
      if (top.wants(score)) top.offer({ shard: s, entry: n, score, date });
    }
  });
  return { best: top.best(), total };
}

/**
 * The best matches for what the clerk typed, best first, within the filters: entries holding every word (the
 * last may be a word still being typed). Only when that finds nothing does it look again allowing a slip
 * of the keyboard, which is much slower. Runs on the in-memory index; snippets are read for the hits on screen.
 */
export function searchArchive(
  index: ArchiveIndex,
  query: string,
  filters: SearchFilters = {},
  limit = 50,
): { hits: SearchHit[]; total: number } {
  const terms = words(query).slice(0, 250);
  if (terms.length === 0) return { hits: [], total: 0 };
  const shards = index.shards().filter((shard) => inRange(shard, filters));
  let variants = variantsOf(shards, terms);
  let found = match(shards, variants, filters, limit);
  // Nothing found, and some word is in no entry at all (in any form): perhaps it is misspelt. A word that is
  // in the archive is taken as meant, so a filter that excludes everything does not set off the slow search.
  const misspelt = terms.filter(
    (term, i) => slipsAllowed(term) > 0 && variants[i]?.every((v) => rarityIsZero(shards, v.word)),
  );
  if (found.total === 0 && misspelt.length > 0) {
    variants = variantsOf(shards, terms, new Set(misspelt));
    found = match(shards, variants, filters, limit);
  }
  // The snippet marks every word beginning with a query word; words found by allowing a slip are added.
  const slips = variants.flat().filter((v) => !terms.some((term) => v.word.startsWith(term)));
  const marked = [...terms, ...slips.map((v) => v.word)];
  const hits = found.best.map(({ shard, entry, score }) => ({
    ...(shards[shard] as Shard).entry(entry),
    score,
    terms: marked,
  }));
  return { hits, total: found.total };
}
