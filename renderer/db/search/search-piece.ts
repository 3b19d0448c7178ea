import { Charset, Encoder, Index, Resolver } from 'flexsearch';
import type { SearchEntry, SearchKind } from './search-entries';
import { packPiece, unpackPiece, type PieceRow } from './piece-packing';
import { WordList } from './word-beginnings';

/** What a hit shows; the text itself is read back only for the snippet. */
export type PieceEntry = Omit<SearchEntry, 'text' | 'recordId'>;

/**
 * A piece as stored (format 4): its entries and the FlexSearch export of its two indexes, as one deflated JSON
 * (see piece-packing.ts). Format 3 (a "forward" Document index, uncompressed) is no longer read: it is built again.
 */
export type SavedPiece = { format: 4; key: string; packed: Uint8Array };

/**
 * Words too common to narrow a search: dropped from the index and the query alike (FlexSearch's encoder
 * filter). A query of only these finds nothing, which is better than every record in the archive.
 */
export const commonWords = new Set(['a', 'an', 'and', 'as', 'at', 'be', 'by', 'for', 'in', 'of', 'on', 'or']);
const encoder = new Encoder({ ...Charset.Default, filter: commonWords });

/**
 * One field's FlexSearch Index: whole words only ("strict"; a word being typed is looked up through the sorted
 * word list instead), ranked by where in the field a word falls (resolution 9), and no `fastupdate` register,
 * which would hold a second reference for every word of every entry (an edit's removal scans the piece instead).
 */
function fieldIndex(): Index {
  return new Index({ tokenize: 'strict', resolution: 9, encoder, fastupdate: false });
}

/** The words of a query as the index encodes them (a common word encodes to nothing and is dropped). */
function encodedWords(words: readonly string[]): string[] {
  return words.flatMap((word) => encoder.encode(word));
}

export type PieceHits = {
  titles: PieceEntry[];
  texts: PieceEntry[];
  full: boolean;
};

/** FlexSearch's Resolver over an Index (its typings know only a Document's): and, or, then the ids best first. */
type Matches = {
  result: unknown[];
  or: (...queries: object[]) => Matches;
  and: (...matches: Matches[]) => Matches;
  resolve: (options: { limit?: number }) => unknown;
};

class Field {
  readonly index = fieldIndex();
  readonly words = new WordList(this.index);

  /**
   * The numbers of the entries holding every word (each standing for the indexed words it begins), best first;
   * with `suggest`, a word found nowhere in this field is left out rather than failing the search.
   */
  find(words: readonly string[], limit: number | undefined, suggest: boolean): number[] {
    const index = this.index;
    let all: Matches | undefined;
    for (const word of words) {
      const [first, ...others] = this.words.begunBy(word);
      if (first === undefined) {
        if (suggest) continue;
        return [];
      }
      let any = new Resolver({ index, query: first }) as unknown as Matches;
      if (others.length > 0) any = any.or(...others.map((query) => ({ index, query })));
      // Nothing found for one word is nothing for them all (and FlexSearch's `and` on an empty result returns
      // that result rather than the Resolver).
      if (any.result.length === 0) return [];
      all = all ? all.and(any) : any;
      if (all.result.length === 0) return [];
    }
    if (!all) return [];
    return all.resolve(limit === undefined ? {} : { limit }) as number[];
  }
}

/** One committee's year of entries: a FlexSearch Index of the titles and one of the texts, saved as one row. */
export class SearchPiece {
  private readonly title = new Field();
  private readonly text = new Field();
  /** FlexSearch ids are numbers: entry n is rows[n] (null once removed; numbers are not reused). */
  private readonly rows: (PieceRow | null)[];
  private readonly numbers = new Map<string, number>();
  private readonly committeeId: string;

  constructor(
    readonly key: string,
    saved?: SavedPiece,
  ) {
    this.committeeId = key.slice(key.indexOf(':') + 1);
    const unpacked = saved ? unpackPiece(saved.packed) : undefined;
    this.rows = unpacked?.rows ?? [];
    this.rows.forEach((row, n) => row && this.numbers.set(row[0], n));
    // FlexSearch imports parsed JSON as well as text (its typings say text): the piece is parsed once.
    for (const [chunk, data] of unpacked?.title ?? []) void this.title.index.import(chunk, data as string);
    for (const [chunk, data] of unpacked?.text ?? []) void this.text.index.import(chunk, data as string);
    if (saved) {
      this.title.words.prepare();
      this.text.words.prepare();
    }
  }

  get size(): number {
    return this.numbers.size;
  }

  /** The ids of the entries in this piece. */
  ids(): string[] {
    return [...this.numbers.keys()];
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  add(entry: SearchEntry): void {
    this.remove(entry.id);
    const n = this.rows.push([entry.id, entry.meetingId, entry.date, entry.title]) - 1;
    this.numbers.set(entry.id, n);
    this.title.index.add(n, entry.title);
    this.text.index.add(n, entry.text);
    this.title.words.changed();
    this.text.words.changed();
  }

  /** True when the entry was here. */
  remove(id: string): boolean {
    const n = this.numbers.get(id);
    if (n === undefined) return false;
    this.title.index.remove(n);
    this.text.index.remove(n);
    this.title.words.changed();
    this.text.words.changed();
    this.numbers.delete(id);
    this.rows[n] = null;
    return true;
  }

  private entryAt(n: number): PieceEntry | undefined {
    const row = this.rows[n];
    if (!row) return undefined;
    const [id, meetingId, date, title] = row;
    const kind = id.slice(0, id.indexOf(':')) as SearchKind;
    return { id, kind, meetingId, committeeId: this.committeeId, date, title };
  }

  /**
   * FlexSearch's best `limit` in the titles and in the texts holding every word of `words` (lower case, each may be
   * a beginning); `full` when either may have had more. Kinds are checked on the entries, so with kinds ticked
   * every match in the piece is ranked before the best `limit` of those kinds are kept.
   */
  search(words: readonly string[], limit: number, kinds: readonly SearchKind[], suggest: boolean): PieceHits {
    const encoded = encodedWords(words);
    const wanted = new Set<string>(kinds);
    const ofKind = (n: number) => {
      const id = this.rows[n]?.[0] ?? '';
      return wanted.has(id.slice(0, id.indexOf(':')));
    };
    const field = (which: Field) => {
      const numbers = which.find(encoded, wanted.size > 0 ? undefined : limit, suggest);
      // Only the kinds ticked, and only the best `limit` (and one more, to know there are more) made into entries.
      const kept = wanted.size > 0 ? numbers.filter(ofKind) : numbers;
      return { count: kept.length, entries: kept.slice(0, limit).flatMap((n) => this.entryAt(n) ?? []) };
    };
    const titles = field(this.title);
    const texts = field(this.text);
    return {
      titles: titles.entries,
      texts: texts.entries,
      full: titles.count >= limit || texts.count >= limit,
    };
  }

  /** The piece ready to store. */
  saved(): SavedPiece {
    return { format: 4, key: this.key, packed: packPiece(this.rows, this.title.index, this.text.index) };
  }
}
