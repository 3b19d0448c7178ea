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
 * Frozen postings come first, so entry numbers stay ascending within a word. Works in typed arrays sized for
 * every posting, so freezing a year of a full archive takes milliseconds, not seconds.
 */
export function mergeSegment(frozen: Segment, open: OpenPostings, renumber: Int32Array): Segment {
  const openTerms = [...open.keys()].sort();
  let most = frozen.entries.length;
  for (const postings of open.values()) most += postings.entries.length;
  const entries = new Uint32Array(most);
  const titleCounts = new Uint16Array(most);
  const textCounts = new Uint16Array(most);
  const terms: string[] = [];
  const starts: number[] = [0];
  let length = 0;
  const push = (entry: number, title: number, text: number) => {
    const now = renumber[entry] as number;
    if (now < 0) return;
    entries[length] = now;
    titleCounts[length] = title;
    textCounts[length] = text;
    length += 1;
  };
  let f = 0;
  let o = 0;
  while (f < frozen.terms.length || o < openTerms.length) {
    const fromFrozen = frozen.terms[f];
    const fromOpen = openTerms[o];
    const term =
      fromOpen === undefined || (fromFrozen !== undefined && fromFrozen <= fromOpen) ? fromFrozen : fromOpen;
    if (term === undefined) break;
    const before = length;
    if (term === fromFrozen) {
      const end = frozen.starts[f + 1] as number;
      for (let at = frozen.starts[f] as number; at < end; at += 1)
        push(frozen.entries[at] as number, frozen.titleCounts[at] as number, frozen.textCounts[at] as number);
      f += 1;
    }
    const postings = term === fromOpen ? open.get(term) : undefined;
    if (postings) {
      for (let at = 0; at < postings.entries.length; at += 1)
        push(
          postings.entries[at] as number,
          postings.titleCounts[at] as number,
          postings.textCounts[at] as number,
        );
      o += 1;
    }
    if (length > before) {
      terms.push(term);
      starts.push(length);
    }
  }
  return {
    terms,
    starts: Uint32Array.from(starts),
    entries: entries.slice(0, length),
    titleCounts: titleCounts.slice(0, length),
    textCounts: textCounts.slice(0, length),
  };
}
