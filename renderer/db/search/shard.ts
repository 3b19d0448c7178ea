import type { SearchEntry, SearchKind } from './search-entries';
import { ShardEntries, type SavedEntries, type ShardEntry } from './shard-entries';
import { emptySegment, lowerBound, mergeSegment, type OpenPostings, type Segment } from './segment';
import { wordCounts } from './tokens';

/** A shard as stored in one IndexedDB row: plain arrays and typed arrays, nothing to parse. */
export type SavedShard = { format: 2; key: string; entries: SavedEntries; segment: Segment };

const most = 0xffff;
/** Scoring as MiniSearch did it (BM25+, titles count double), so results rank as clerks are used to. */
const bm25 = { k: 1.2, b: 0.7, d: 0.5 };
const titleBoost = 2;

/**
 * The entries of one calendar year. Entries are numbered in the order they were added; a removed entry keeps
 * its number (with an empty id) until the shard is next saved, when the numbers are closed up.
 */
export class Shard {
  readonly key: string;
  private readonly entries: ShardEntries;
  private segment: Segment;
  private open: OpenPostings = new Map();
  private numbers: Map<string, number> | undefined;
  private live = 0;
  private titleWords = 0;
  private textWords = 0;
  private factors: [Float64Array, Float64Array] | undefined;

  constructor(key: string, saved?: SavedShard) {
    this.key = key;
    this.entries = new ShardEntries(saved?.entries);
    this.segment = saved?.segment ?? emptySegment();
    for (let n = 0; n < this.entries.ids.length; n += 1) if (this.entries.ids[n]) this.count(n, 1);
  }

  private count(n: number, sign: 1 | -1): void {
    this.factors = undefined;
    this.live += sign;
    this.titleWords += sign * (this.entries.titleLengths[n] as number);
    this.textWords += sign * (this.entries.textLengths[n] as number);
  }

  private numbered(): Map<string, number> {
    this.numbers ??= new Map(this.entries.ids.flatMap((id, n) => (id ? [[id, n] as const] : [])));
    return this.numbers;
  }

  get size(): number {
    return this.live;
  }

  /** Average words per title and per text, for scoring. */
  get averages(): { title: number; text: number } {
    return { title: this.titleWords / (this.live || 1) || 1, text: this.textWords / (this.live || 1) || 1 };
  }

  /** How many entry numbers are in use, removed ones included: the size of per-entry arrays while searching. */
  get span(): number {
    return this.entries.ids.length;
  }

  has(id: string): boolean {
    return this.numbered().has(id);
  }

  isLive(n: number): boolean {
    return this.entries.ids[n] !== '';
  }

  entry(n: number): ShardEntry {
    return this.entries.entry(n);
  }
  kindOf(n: number): SearchKind {
    return this.entries.kinds[n] as SearchKind;
  }
  committeeOf(n: number): string {
    return this.entries.committeeOf(n);
  }
  dateOf(n: number): string {
    return this.entries.dateOf(n);
  }

  add(entry: SearchEntry): void {
    this.remove(entry.id);
    const title = wordCounts(entry.title);
    const text = wordCounts(entry.text);
    const n = this.entries.push(entry, title.length, text.length);
    this.count(n, 1);
    this.numbers?.set(entry.id, n);
    for (const [word, inText] of text.counts) this.post(word, n, title.counts.get(word) ?? 0, inText);
    for (const [word, inTitle] of title.counts) if (!text.counts.has(word)) this.post(word, n, inTitle, 0);
  }

  private post(word: string, n: number, inTitle: number, inText: number): void {
    let postings = this.open.get(word);
    if (!postings) this.open.set(word, (postings = { entries: [], titleCounts: [], textCounts: [] }));
    postings.entries.push(n);
    postings.titleCounts.push(Math.min(most, inTitle));
    postings.textCounts.push(Math.min(most, inText));
  }

  /** Forget an entry; true when it was here. */
  remove(id: string): boolean {
    const n = this.numbered().get(id);
    if (n === undefined) return false;
    this.numbers?.delete(id);
    this.count(n, -1);
    this.entries.ids[n] = '';
    return true;
  }

  /** Per entry, the BM25 length factor of its title and of its text; worked out again after a change. */
  private lengthFactors(): [Float64Array, Float64Array] {
    if (this.factors) return this.factors;
    const { title, text } = this.averages;
    const factor = (lengths: readonly number[], average: number) =>
      Float64Array.from(lengths, (length) => bm25.k * (1 - bm25.b + (bm25.b * length) / average));
    this.factors = [factor(this.entries.titleLengths, title), factor(this.entries.textLengths, text)];
    return this.factors;
  }

  /**
   * Add a word's score to every entry holding it that has matched the query's words before it (`matched[n]` is
   * how many of them entry n holds): the inner loop of a search, kept to typed arrays.
   */
  score(word: string, weight: number, position: number, matched: Uint8Array, scores: Float64Array): void {
    const [titleFactors, textFactors] = this.lengthFactors();
    const credit = (n: number, inTitle: number, inText: number) => {
      const now = matched[n] as number;
      if (now < position) return;
      if (now === position) matched[n] = position + 1;
      let score = 0;
      if (inTitle > 0)
        score += titleBoost * (bm25.d + (inTitle * (bm25.k + 1)) / (inTitle + (titleFactors[n] as number)));
      if (inText > 0) score += bm25.d + (inText * (bm25.k + 1)) / (inText + (textFactors[n] as number));
      scores[n] = (scores[n] as number) + weight * score;
    };
    const { terms, starts, entries, titleCounts, textCounts } = this.segment;
    const at = lowerBound(terms, word);
    if (terms[at] === word) {
      const end = starts[at + 1] as number;
      for (let p = starts[at] as number; p < end; p += 1)
        credit(entries[p] as number, titleCounts[p] as number, textCounts[p] as number);
    }
    const open = this.open.get(word);
    if (open) {
      for (let p = 0; p < open.entries.length; p += 1)
        credit(open.entries[p] as number, open.titleCounts[p] as number, open.textCounts[p] as number);
    }
  }

  /** In how many entries a word appears (removed entries may still count until the next save). */
  frequency(word: string): number {
    const { terms, starts } = this.segment;
    const at = lowerBound(terms, word);
    const frozen = terms[at] === word ? (starts[at + 1] as number) - (starts[at] as number) : 0;
    return frozen + (this.open.get(word)?.entries.length ?? 0);
  }

  /** The words of this shard that begin with `prefix`. */
  wordsStartingWith(prefix: string): string[] {
    const { terms } = this.segment;
    const found: string[] = [];
    for (let at = lowerBound(terms, prefix); at < terms.length && terms[at]!.startsWith(prefix); at += 1)
      found.push(terms[at] as string);
    for (const word of this.open.keys()) if (word.startsWith(prefix)) found.push(word);
    return found;
  }

  /** Every word in the shard (for the spelling-slip search). */
  *vocabulary(): Generator<string> {
    yield* this.segment.terms;
    yield* this.open.keys();
  }

  /** The shard ready to store: removed entries dropped and numbers closed up, postings frozen. */
  saved(): SavedShard {
    const renumber = new Int32Array(this.entries.ids.length).fill(-1);
    const keep: number[] = [];
    this.entries.ids.forEach((id, n) => {
      if (id) renumber[n] = keep.push(n) - 1;
    });
    return {
      format: 2,
      key: this.key,
      entries: this.entries.saved(keep),
      segment: mergeSegment(this.segment, this.open, renumber),
    };
  }
}
