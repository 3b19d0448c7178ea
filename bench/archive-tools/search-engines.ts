/**
 * The two search engines the issue asked to measure beside FlexSearch, as one piece per committee per year on the
 * same entries (search-options.ts measures them the same way):
 * - MiniSearch 7: an index of the titles and texts, whole words, saved as its JSON, deflated as Chamber's is.
 * - SQLite FTS5 through the official wasm build (@sqlite.org/sqlite-wasm): a table of the titles and texts per
 *   piece, saved as the database file (sqlite3_js_db_export), deflated, and opened by deserialising it into a
 *   fresh in-memory database. Its memory is WebAssembly memory, outside the JavaScript heap and never given back,
 *   so each phase (build, open) runs in its own instance of the module and its memory is counted as the instance
 *   holds it.
 * Both are dev dependencies for this benchmark only; Chamber ships neither.
 */
import MiniSearch from 'minisearch';
import sqlite3InitModule from '@sqlite.org/sqlite-wasm';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { commonWords } from '../../renderer/db/search/search-piece';
import type { Built, EngineOption, Row } from './search-options';

type Sqlite = Awaited<ReturnType<typeof sqlite3InitModule>>;

const deflated = (text: string) => deflateSync(strToU8(text), { level: 6 });
const inflated = (stored: unknown) => strFromU8(inflateSync(stored as Uint8Array));

/** Lower case, accents off, the common words left out: what Chamber's FlexSearch encoder does. */
function term(word: string): string | null {
  const plain = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return commonWords.has(plain) ? null : plain;
}

const miniOptions = {
  idField: 'n',
  fields: ['title', 'text'],
  processTerm: term,
  searchOptions: { combineWith: 'AND' as const },
};

function miniSearchPiece(): Built {
  let index = new MiniSearch<Row>(miniOptions);
  return {
    add: (row) => index.add(row),
    search: (query) => index.search(query).slice(0, 50),
    save: () => deflated(JSON.stringify(index)),
    open: (stored) => {
      index = MiniSearch.loadJSON<Row>(inflated(stored), miniOptions);
    },
  };
}

/** A query as FTS5 reads it: each word quoted, so "fly-tipping" is words to find, not FTS5's syntax. */
const ftsQuery = (query: string) =>
  query
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `"${word.replaceAll('"', '""')}"`)
    .join(' ');

function ftsPiece(sqlite: () => Sqlite): Built {
  const wasm = sqlite();
  let db = new wasm.oo1.DB(':memory:');
  db.exec("CREATE VIRTUAL TABLE entries USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')");
  // One transaction for the piece's rows, as a bulk load would be; committed when the piece is saved.
  db.exec('BEGIN');
  const insert = db.prepare('INSERT INTO entries (rowid, title, text) VALUES (?, ?, ?)');
  return {
    add: (row) => {
      insert.bind([row.n, row.title, row.text]).stepReset();
    },
    search: (query) =>
      db.selectValues('SELECT rowid FROM entries WHERE entries MATCH ? ORDER BY rank LIMIT 50', [
        ftsQuery(query),
      ]),
    save: () => {
      insert.finalize();
      db.exec('COMMIT');
      const bytes = wasm.capi.sqlite3_js_db_export(db);
      db.close();
      return deflateSync(bytes, { level: 6 });
    },
    open: (stored) => {
      const bytes = inflateSync(stored as Uint8Array);
      db = new wasm.oo1.DB();
      const pointer = wasm.wasm.allocFromTypedArray(bytes);
      const flags = wasm.capi.SQLITE_DESERIALIZE_FREEONCLOSE | wasm.capi.SQLITE_DESERIALIZE_RESIZEABLE;
      const result = wasm.capi.sqlite3_deserialize(db, 'main', pointer, bytes.length, bytes.length, flags);
      if (result !== 0) throw new Error(`SQLite could not open a saved piece (code ${result}).`);
    },
  };
}

const megabytes = (sqlite: Sqlite) => sqlite.wasm.heap8u().byteLength / 1e6;

/** MiniSearch and SQLite FTS5, ready to measure (the wasm module is loaded first, once per phase). */
export async function otherEngines(): Promise<EngineOption[]> {
  const building = await sqlite3InitModule();
  const opening = await sqlite3InitModule();
  const startingMb = megabytes(opening);
  return [
    { name: 'MiniSearch 7, both fields, whole words, JSON deflated', engine: { piece: miniSearchPiece } },
    {
      name: 'SQLite 3.50 FTS5 (wasm), unicode61, database file deflated',
      engine: {
        piece: (isOpening) => ftsPiece(() => (isOpening ? opening : building)),
        // WebAssembly memory is outside the JavaScript heap: what each instance grew to, beyond where it began.
        wasmMb: (isOpening) => megabytes(isOpening ? opening : building) - startingMb,
      },
    },
  ];
}
