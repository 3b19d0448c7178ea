import type { Index } from 'flexsearch';

/**
 * A word still being typed is looked up as every indexed word it begins, read from a sorted list of the index's
 * own words. The index keeps whole words only ("strict"): indexing every beginning of every word ("forward")
 * made the saved index five times the size of the text it indexes.
 */

/** At most this many words a typed beginning stands for (the most used first): "c" alone begins thousands. */
export const mostWordsPerBeginning = 40;

/** FlexSearch 0.8 keeps an Index's words as the keys of its `map`, each with its ids in rank slots. */
type IndexWords = { map: Map<string, (number[] | undefined)[]> };

function wordsOf(index: Index): IndexWords['map'] {
  const map = (index as unknown as Partial<IndexWords>).map;
  if (!(map instanceof Map))
    throw new Error('This FlexSearch keeps its words differently: update word-beginnings.ts');
  return map;
}

function uses(slots: readonly (number[] | undefined)[] | undefined): number {
  return (slots ?? []).reduce((sum, slot) => sum + (slot?.length ?? 0), 0);
}

/** The first position in `sorted` not before `word`. */
function firstFrom(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The words of one FlexSearch Index, sorted once and again only after the index changes. */
export class WordList {
  private sorted: string[] | undefined;

  constructor(private readonly index: Index) {}

  /** Sort the words now (as a saved piece opens, in its turn) rather than at the first search that reaches it. */
  prepare(): void {
    this.sorted ??= [...wordsOf(this.index).keys()].sort();
  }

  /** Call after every add or remove. */
  changed(): void {
    this.sorted = undefined;
  }

  /**
   * The indexed words `beginning` (already encoded as the index encodes) stands for: itself if indexed, then the
   * words it begins, most used first, at most `mostWordsPerBeginning`.
   */
  begunBy(beginning: string): string[] {
    const map = wordsOf(this.index);
    this.prepare();
    const sorted = this.sorted ?? [];
    const found: string[] = [];
    for (let at = firstFrom(sorted, beginning); at < sorted.length; at += 1) {
      const word = sorted[at] as string;
      if (!word.startsWith(beginning)) break;
      found.push(word);
    }
    if (found.length <= mostWordsPerBeginning) return found;
    const rest = found.filter((word) => word !== beginning);
    const byUse = rest
      .map((word) => ({ word, count: uses(map.get(word)) }))
      .sort((a, b) => b.count - a.count)
      .map(({ word }) => word);
    const exact = found[0] === beginning ? [beginning] : [];
    return [...exact, ...byUse].slice(0, mostWordsPerBeginning);
  }
}
