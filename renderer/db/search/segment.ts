/**
 * The postings of a shard, frozen into typed arrays: how often each word appears in each entry's title and text.
 * Typed arrays are what make a saved index quick to open: IndexedDB hands them back as they were, with no
 * parsing and no rebuilding of maps.
 */
export type Segment = {
  /** Every word, sorted, so a word being typed finds all words it begins by binary search. */
  terms: string[];
  /** Postings of terms[i] are at starts[i] .. starts[i + 1] - 1. */
  starts: Uint32Array;
  entries: Uint32Array;
  titleCounts: Uint16Array;
  textCounts: Uint16Array;
};

/** Postings still being added to (entries typed since the shard was last saved). */
export type OpenPostings = Map<string, { entries: number[]; titleCounts: number[]; textCounts: number[] }>;

export function emptySegment(): Segment {
  return {
    terms: [],
    starts: new Uint32Array(1),
    entries: new Uint32Array(0),
    titleCounts: new Uint16Array(0),
    textCounts: new Uint16Array(0),
  };
}

/** The first index in sorted `terms` not less than `word`. */
export function lowerBound(terms: readonly string[], word: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((terms[middle] as string) < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * One segment holding the frozen and the open postings, with entries renumbered by `renumber` (-1: removed).
 * Frozen postings come first, so entry numbers stay ascending within a word.
 */
export function mergeSegment(frozen: Segment, open: OpenPostings, renumber: Int32Array): Segment {
  const openTerms = [...open.keys()].sort();
  const terms: string[] = [];
  const starts: number[] = [0];
  const entries: number[] = [];
  const titleCounts: number[] = [];
  const textCounts: number[] = [];
  const push = (entry: number, title: number, text: number) => {
    const now = renumber[entry] ?? -1;
    if (now < 0) return;
    entries.push(now);
    titleCounts.push(title);
    textCounts.push(text);
  };
  let f = 0;
  let o = 0;
  while (f < frozen.terms.length || o < openTerms.length) {
    const fromFrozen = frozen.terms[f];
    const fromOpen = openTerms[o];
    const term =
      fromOpen === undefined || (fromFrozen !== undefined && fromFrozen <= fromOpen) ? fromFrozen : fromOpen;
    if (term === undefined) break;
    const before = entries.length;
    if (term === fromFrozen) {
      for (let at = frozen.starts[f] as number; at < (frozen.starts[f + 1] as number); at += 1)
        push(frozen.entries[at] as number, frozen.titleCounts[at] as number, frozen.textCounts[at] as number);
      f += 1;
    }
    if (term === fromOpen) {
      const postings = open.get(term)!;
      postings.entries.forEach((entry, at) =>
        push(entry, postings.titleCounts[at] as number, postings.textCounts[at] as number),
      );
      o += 1;
    }
    if (entries.length > before) {
      terms.push(term);
      starts.push(entries.length);
    }
  }
  return {
    terms,
    starts: Uint32Array.from(starts),
    entries: Uint32Array.from(entries),
    titleCounts: Uint16Array.from(titleCounts),
    textCounts: Uint16Array.from(textCounts),
  };
}
