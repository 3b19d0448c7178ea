import type { SearchEntry, SearchKind } from './search-entries';
import { emptySegment, lowerBound, mergeSegment, type OpenPostings, type Segment } from './segment';
import { wordCounts } from './tokens';

/** What a hit shows and filters on, kept in the shard; the text itself is read back only for the snippet. */
export type ShardEntry = Omit<SearchEntry, 'text'>;

/** A shard as stored in one IndexedDB row: plain arrays and typed arrays, nothing to parse. */
export type SavedShard = {
  format: 1;
  key: string;
  ids: string[];
  kinds: SearchKind[];
  recordIds: string[];
  meetingIds: string[];
  committeeIds: string[];
  dates: string[];
  titles: string[];
  titleLengths: Uint32Array;
  textLengths: Uint32Array;
  segment: Segment;
};

const most = 0xffff;

/**
 * The entries of one calendar year. Entries are numbered in the order they were added; a removed entry keeps
 * its number (with an empty id) until the shard is next saved, when the numbers are closed up.
 */
export class Shard {
  readonly key: string;
  private readonly ids: string[];
  private readonly kinds: SearchKind[];
  private readonly recordIds: string[];
  private readonly meetingIds: string[];
  private readonly committeeIds: string[];
  private readonly dates: string[];
  private readonly titles: string[];
  private readonly titleLengths: number[];
  private readonly textLengths: number[];
  private segment: Segment;
  private open: OpenPostings = new Map();
  private numbers: Map<string, number> | undefined;
  private live = 0;
  private titleWords = 0;
  private textWords = 0;

  constructor(key: string, saved?: SavedShard) {
    this.key = key;
    this.ids = saved ? [...saved.ids] : [];
    this.kinds = saved ? [...saved.kinds] : [];
    this.recordIds = saved ? [...saved.recordIds] : [];
    this.meetingIds = saved ? [...saved.meetingIds] : [];
    this.committeeIds = saved ? [...saved.committeeIds] : [];
    this.dates = saved ? [...saved.dates] : [];
    this.titles = saved ? [...saved.titles] : [];
    this.titleLengths = saved ? Array.from(saved.titleLengths) : [];
    this.textLengths = saved ? Array.from(saved.textLengths) : [];
    this.segment = saved?.segment ?? emptySegment();
    for (let n = 0; n < this.ids.length; n += 1) this.count(n, 1);
  }

  private count(n: number, sign: 1 | -1): void {
    this.live += sign;
    this.titleWords += sign * (this.titleLengths[n] as number);
    this.textWords += sign * (this.textLengths[n] as number);
  }

  private numbered(): Map<string, number> {
    this.numbers ??= new Map(this.ids.flatMap((id, n) => (id ? [[id, n] as const] : [])));
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
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.numbered().has(id);
  }

  isLive(n: number): boolean {
    return this.ids[n] !== '';
  }

  entry(n: number): ShardEntry {
    return {
      id: this.ids[n] as string,
      kind: this.kinds[n] as SearchKind,
      recordId: this.recordIds[n] as string,
      meetingId: this.meetingIds[n] as string,
      committeeId: this.committeeIds[n] as string,
      date: this.dates[n] as string,
      title: this.titles[n] as string,
    };
  }

  kindOf(n: number): SearchKind {
    return this.kinds[n] as SearchKind;
  }
  committeeOf(n: number): string {
    return this.committeeIds[n] as string;
  }
  dateOf(n: number): string {
    return this.dates[n] as string;
  }
  titleLengthOf(n: number): number {
    return this.titleLengths[n] as number;
  }
  textLengthOf(n: number): number {
    return this.textLengths[n] as number;
  }

  add(entry: SearchEntry): void {
    this.remove(entry.id);
    const n = this.ids.length;
    const title = wordCounts(entry.title);
    const text = wordCounts(entry.text);
    this.ids.push(entry.id);
    this.kinds.push(entry.kind);
    this.recordIds.push(entry.recordId);
    this.meetingIds.push(entry.meetingId);
    this.committeeIds.push(entry.committeeId);
    this.dates.push(entry.date);
    this.titles.push(entry.title);
    this.titleLengths.push(title.length);
    this.textLengths.push(text.length);
    this.count(n, 1);
    this.numbers?.set(entry.id, n);
    for (const word of new Set([...title.counts.keys(), ...text.counts.keys()])) {
      let postings = this.open.get(word);
      if (!postings) this.open.set(word, (postings = { entries: [], titleCounts: [], textCounts: [] }));
      postings.entries.push(n);
      postings.titleCounts.push(Math.min(most, title.counts.get(word) ?? 0));
      postings.textCounts.push(Math.min(most, text.counts.get(word) ?? 0));
    }
  }

  /** Forget an entry; true when it was here. */
  remove(id: string): boolean {
    const n = this.numbered().get(id);
    if (n === undefined) return false;
    this.numbers?.delete(id);
    this.count(n, -1);
    this.ids[n] = '';
    return true;
  }

  /** Every posting of one word: entry number, and how often the word is in its title and its text. */
  postings(word: string, visit: (n: number, inTitle: number, inText: number) => void): void {
    const { terms, starts, entries, titleCounts, textCounts } = this.segment;
    const at = lowerBound(terms, word);
    if (terms[at] === word) {
      for (let p = starts[at] as number; p < (starts[at + 1] as number); p += 1)
        visit(entries[p] as number, titleCounts[p] as number, textCounts[p] as number);
    }
    const open = this.open.get(word);
    open?.entries.forEach((n, p) => visit(n, open.titleCounts[p] as number, open.textCounts[p] as number));
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
    const renumber = new Int32Array(this.ids.length).fill(-1);
    const keep: number[] = [];
    this.ids.forEach((id, n) => {
      if (id) renumber[n] = keep.push(n) - 1;
    });
    const pick = <T>(values: readonly T[]) => keep.map((n) => values[n] as T);
    return {
      format: 1,
      key: this.key,
      ids: pick(this.ids),
      kinds: pick(this.kinds),
      recordIds: pick(this.recordIds),
      meetingIds: pick(this.meetingIds),
      committeeIds: pick(this.committeeIds),
      dates: pick(this.dates),
      titles: pick(this.titles),
      titleLengths: Uint32Array.from(pick(this.titleLengths)),
      textLengths: Uint32Array.from(pick(this.textLengths)),
      segment: mergeSegment(this.segment, this.open, renumber),
    };
  }
}
