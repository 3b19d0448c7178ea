/**
 * The search index's alternatives, measured side by side on the same entries (bench/search.ts runs this with
 * SEARCH_BENCH_OPTIONS=1): FlexSearch 0.8 as a Document index (today's until December 2026) or an Index per field,
 * tokenised "forward" (every beginning of every word) or "strict" (whole words), its resolution, context and
 * fastupdate, and the stored form (FlexSearch's export as IndexedDB clones it, or deflated JSON). Each is one
 * index per committee per year, as Chamber keeps it. The query is FlexSearch's own, whole words, every piece
 * searched (Chamber's pipeline adds the word-beginning lookup and stops after enough years: see search.ts).
 * MiniSearch and SQLite FTS5 are measured the same way (search-engines.ts).
 */
import { serialize } from 'node:v8';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { Charset, Document, Encoder, Index } from 'flexsearch';
import { pieceKeyOf } from '../../renderer/db/search/archive-index';
import { commonWords } from '../../renderer/db/search/search-piece';
import type { SearchEntry } from '../../renderer/db/search/search-entries';
import { benchQueries } from './queries';
import { heapMb } from './heap';

type FlexOption = {
  name: string;
  tokenize: 'forward' | 'strict';
  resolution: number;
  context: boolean;
  fastupdate: boolean;
  document: boolean;
  deflate: boolean;
};

/** Another engine than FlexSearch (search-engines.ts): how it makes a piece, and memory outside the heap. */
export type EngineOption = {
  name: string;
  engine: { piece: (opening: boolean) => Built; wasmMb?: (opening: boolean) => number };
};
type Option = FlexOption | EngineOption;

const base = { resolution: 9, context: false, fastupdate: false, document: false, deflate: true } as const;
// The Document options keep FlexSearch's own fastupdate setting, as Chamber's Document index did.
export const searchOptions: FlexOption[] = [
  {
    ...base,
    name: 'Document, forward, res 9, as cloned (before)',
    tokenize: 'forward',
    document: true,
    fastupdate: true,
    deflate: false,
  },
  {
    ...base,
    name: 'Document, strict, res 9, as cloned',
    tokenize: 'strict',
    document: true,
    fastupdate: true,
    deflate: false,
  },
  { ...base, name: 'Index per field, forward, res 9, deflated', tokenize: 'forward' },
  { ...base, name: 'Index per field, strict, res 9, as cloned', tokenize: 'strict', deflate: false },
  { ...base, name: 'Index per field, strict, res 9, deflated (chosen)', tokenize: 'strict' },
  { ...base, name: 'Index per field, strict, res 3, deflated', tokenize: 'strict', resolution: 3 },
  { ...base, name: 'Index per field, strict, res 9, context, deflated', tokenize: 'strict', context: true },
  {
    ...base,
    name: 'Index per field, strict, res 9, fastupdate, deflated',
    tokenize: 'strict',
    fastupdate: true,
  },
];

export type Row = { n: number; kind: string; title: string; text: string };
export type Built = {
  add: (row: Row) => void;
  search: (query: string) => unknown;
  save: () => unknown;
  open: (stored: unknown) => void;
};

function exportOf(index: Index | Document<Row>): [string, string][] {
  const chunks: [string, string][] = [];
  void index.export((chunk, data) => {
    chunks.push([chunk, data]);
  });
  return chunks;
}

/** `opening`: FlexSearch imports into an index without fastupdate only (its register is not exported). */
function pieceOf(option: FlexOption, encoder: Encoder, opening = false): Built {
  const settings = {
    tokenize: option.tokenize,
    resolution: option.resolution,
    encoder,
    ...(option.document ? {} : { fastupdate: option.fastupdate && !opening }),
    ...(option.context ? { context: { depth: 1, bidirectional: true, resolution: 3 } } : {}),
  };
  if (option.document) {
    const make = () =>
      new Document<Row>({
        ...settings,
        document: { id: 'n', index: ['title', 'text'], tag: ['kind'], store: ['kind', 'title'] },
      });
    let flex = make();
    return {
      search: (query) => flex.search(query, { limit: 50, enrich: true }),
      save: () => exportOf(flex),
      open: (stored) => {
        flex = make();
        for (const [chunk, data] of stored as [string, string][]) void flex.import(chunk, data);
      },
      add: (row) => void flex.add(row),
    };
  }
  const make = () => [new Index(settings), new Index(settings)] as const;
  let [title, text] = make();
  return {
    search: (query) => [title.search(query, { limit: 50 }), text.search(query, { limit: 50 })],
    save: () => {
      const parts = [exportOf(title), exportOf(text)];
      return option.deflate ? deflateSync(strToU8(JSON.stringify(parts)), { level: 6 }) : parts;
    },
    open: (stored) => {
      [title, text] = make();
      const parts = option.deflate
        ? (JSON.parse(strFromU8(inflateSync(stored as Uint8Array))) as [string, string][][])
        : (stored as [string, string][][]);
      for (const [chunk, data] of parts[0] ?? []) void title.import(chunk, data);
      for (const [chunk, data] of parts[1] ?? []) void text.import(chunk, data);
    },
    add: (row) => {
      title.add(row.n, row.title);
      text.add(row.n, row.text);
    },
  };
}

/** How many ids a search gave back, whatever its engine's shape of result (lists, lists of lists, fields). */
const matches = (result: unknown): number =>
  Array.isArray(result)
    ? result.reduce<number>(
        (count, item: unknown) =>
          count +
          (Array.isArray(item)
            ? matches(item)
            : typeof item === 'object' && item !== null && 'result' in item
              ? matches(item.result)
              : 1),
        0,
      )
    : 0;

const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1] ?? NaN;

export type OptionFigures = {
  name: string;
  storedMb: number;
  ratio: number;
  buildS: number;
  openS: number;
  heapMb: number;
  builtHeapMb: number;
  p95Ms: number;
};

/** Build, save (cloned as IndexedDB would), reopen and query one option over every piece. */
export function measureOption(
  option: Option,
  entries: readonly SearchEntry[],
  textMb: number,
): OptionFigures {
  // An encoder of its own for each option: the encoder caches words, and a cache filled by the option before
  // would be counted against this one (or freed during it, giving a negative heap).
  const encoder = new Encoder({ ...Charset.Default, filter: commonWords });
  const make = (opening: boolean) =>
    'engine' in option ? option.engine.piece(opening) : pieceOf(option, encoder, opening);
  const wasmMb = (opening: boolean) => ('engine' in option ? (option.engine.wasmMb?.(opening) ?? 0) : 0);
  const before = heapMb();
  const started = performance.now();
  let pieces = new Map<string, Built>();
  entries.forEach((entry, n) => {
    const key = pieceKeyOf(entry);
    let piece = pieces.get(key);
    if (!piece) pieces.set(key, (piece = make(false)));
    piece.add({ n, kind: entry.kind, title: entry.title, text: entry.text });
  });
  const buildS = (performance.now() - started) / 1000;
  const builtHeap = heapMb() - before + wasmMb(false);
  const stored = [...pieces.values()].map((piece) => structuredClone(piece.save()));
  const storedMb = stored.reduce((sum: number, value) => sum + serialize(value).length, 0) / 1e6;
  pieces = new Map();
  const opening = performance.now();
  const opened = stored.map((value) => {
    const piece = make(true);
    piece.open(structuredClone(value));
    return piece;
  });
  const openS = (performance.now() - opening) / 1000;
  stored.length = 0;
  const held = heapMb() - before + wasmMb(true);
  // An engine that finds nothing would look fast: the archive's commonest subject must be found in it.
  if (opened.every((piece) => matches(piece.search('budget')) === 0))
    throw new Error(`${option.name} found nothing for "budget": the engine is not searching.`);
  const times = benchQueries.map((query) => {
    const start = performance.now();
    for (const piece of opened) piece.search(query);
    return performance.now() - start;
  });
  return {
    name: option.name,
    storedMb,
    ratio: storedMb / textMb,
    buildS,
    openS,
    heapMb: held,
    builtHeapMb: builtHeap,
    p95Ms: p95(times),
  };
}
