import { Charset, Document, Encoder } from 'flexsearch';
import type { SearchEntry, SearchKind } from './search-entries';

/** What a hit shows, kept in FlexSearch's store; the text itself is read back only for the snippet. */
export type PieceEntry = Omit<SearchEntry, 'text' | 'recordId'>;
type Indexed = PieceEntry & { n: number; text: string };

/** A piece as stored: FlexSearch's own export (its keyed chunks), and which number each entry was given. */
export type SavedPiece = {
  format: 3;
  key: string;
  ids: string[];
  chunks: Record<string, string>;
};

/**
 * Words too common to narrow a search: dropped from the index and the query alike (FlexSearch's encoder
 * filter). A query of only these finds nothing, which is better than every record in the archive.
 */
export const commonWords = new Set(['a', 'an', 'and', 'as', 'at', 'be', 'by', 'for', 'in', 'of', 'on', 'or']);
const encoder = new Encoder({ ...Charset.Default, filter: commonWords });

/**
 * One FlexSearch Document index. Both fields are indexed "forward", so a word still being typed (any word, in
 * fact) finds the words it begins; the kind is a tag, so ticking kinds narrows inside FlexSearch. FlexSearch
 * ranks by where in the field the words fall; numeric ids keep the index (and its export) small.
 */
function flexDocument(): Document<Indexed> {
  return new Document<Indexed>({
    tokenize: 'forward',
    resolution: 9,
    encoder,
    document: {
      id: 'n',
      index: ['title', 'text'],
      tag: ['kind'],
      store: ['id', 'kind', 'meetingId', 'committeeId', 'date', 'title'],
    },
  });
}

/** What FlexSearch's Document search gives with `enrich`: per field, the ids and their stored fields, best first. */
type FoundGroups = { field: string; result: { id: number; doc: PieceEntry }[] }[];

export type PieceHits = {
  titles: PieceEntry[];
  texts: PieceEntry[];
  full: boolean;
};

/** One committee's year of entries in its own FlexSearch index, saved as one row. */
export class SearchPiece {
  private readonly flex = flexDocument();
  /** FlexSearch ids are numbers: entry n's id is ids[n] ('' once removed; numbers are not reused). */
  private readonly ids: string[];
  private readonly numbers = new Map<string, number>();

  constructor(
    readonly key: string,
    saved?: SavedPiece,
  ) {
    this.ids = saved ? [...saved.ids] : [];
    this.ids.forEach((id, n) => id && this.numbers.set(id, n));
    for (const [chunk, data] of Object.entries(saved?.chunks ?? {})) void this.flex.import(chunk, data);
  }

  get size(): number {
    return this.numbers.size;
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  add(entry: SearchEntry): void {
    this.remove(entry.id);
    const n = this.ids.push(entry.id) - 1;
    this.numbers.set(entry.id, n);
    const { id, kind, meetingId, committeeId, date, title, text } = entry;
    this.flex.add({ n, id, kind, meetingId, committeeId, date, title, text });
  }

  /** True when the entry was here. */
  remove(id: string): boolean {
    const n = this.numbers.get(id);
    if (n === undefined) return false;
    this.flex.remove(n);
    this.numbers.delete(id);
    this.ids[n] = '';
    return true;
  }

  /** FlexSearch's best `limit` in the titles and in the texts; `full` when either may have had more. */
  search(query: string, limit: number, kinds: readonly SearchKind[], suggest: boolean): PieceHits {
    // FlexSearch takes several values of one tag as "any of" (its typings allow only one: hence the cast).
    const options = {
      limit,
      enrich: true,
      suggest,
      ...(kinds.length > 0 ? { tag: { kind: [...kinds] } } : {}),
    };
    const search = this.flex.search.bind(this.flex) as (query: string, options: object) => unknown;
    const found = search(query, options) as FoundGroups;
    const field = (name: string) =>
      (found.find((group) => group.field === name)?.result ?? []).map(({ doc }) => doc);
    const titles = field('title');
    const texts = field('text');
    return {
      titles,
      texts,
      full: titles.length >= limit || texts.length >= limit,
    };
  }

  /** FlexSearch's export, ready to store. */
  saved(): SavedPiece {
    const chunks: Record<string, string> = {};
    void this.flex.export((chunk, data) => {
      chunks[chunk] = data;
    });
    return { format: 3, key: this.key, ids: [...this.ids], chunks };
  }
}
