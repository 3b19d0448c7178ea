/**
 * `npm run bench search`: the archive search index on a council's whole archive, in Node (no browser: the index
 * is plain TypeScript). Generates the full archive's search entries with the archive generator (25 committees x
 * 12 years; SEARCH_BENCH_SCALE=small for a quick run), builds the index, times the 100 benchmark queries beside
 * a raw baseline (a linear scan of every entry's text for the phrase), times saving and opening the saved shards
 * (through structured clone, which is how IndexedDB stores and returns them), and an edit caught up and saved.
 * Writes the figures into the Search section of bench/RESULTS.md.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { serialize } from 'node:v8';
import { fullArchive, generateArchive, landmarks, smallArchive } from '../renderer/domain/archive';
import { ArchiveIndex } from '../renderer/db/search/archive-index';
import { recordEntries } from '../renderer/db/search/record-entries';
import type { SearchEntry } from '../renderer/db/search/search-entries';
import { searchArchive, type SearchFilters } from '../renderer/db/search/search-query';
import { benchQueries } from './archive-tools/queries';

const scaleName = process.env.SEARCH_BENCH_SCALE === 'small' ? 'small' : 'full';
const options = { ...(scaleName === 'small' ? smallArchive : fullArchive), today: '2026-11-24' };

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const pick = (values: number[], share: number) => sorted(values)[Math.ceil(values.length * share) - 1] ?? NaN;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');

function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

function times(queries: readonly string[], run: (query: string) => unknown): number[] {
  return queries.map((query) => timed(() => run(query))[1]);
}

async function writeResults(section: string): Promise<void> {
  const path = 'bench/RESULTS.md';
  const old = await readFile(path, 'utf8').catch(() => '');
  const start = old.indexOf('# Search benchmark results');
  if (start < 0) return writeFile(path, old ? `${old.trimEnd()}\n\n${section}` : section);
  const next = old.indexOf('\n# ', start + 1);
  await writeFile(path, old.slice(0, start) + section + (next < 0 ? '' : old.slice(next)));
}

async function main(): Promise<void> {
  const loadBefore = load();
  console.log(`Generating the ${scaleName} archive's search entries (load ${loadBefore})...`);
  const [entries, generateMs] = timed(() => {
    const all: SearchEntry[] = [];
    for (const batch of generateArchive(options)) all.push(...recordEntries(batch));
    return all;
  });
  const textMb = entries.reduce((sum, entry) => sum + entry.text.length + entry.title.length, 0) / 1e6;
  console.log(
    `${entries.length} entries, ${textMb.toFixed(1)} MB of text, in ${(generateMs / 1000).toFixed(1)} s`,
  );

  const [index, buildMs] = timed(() => {
    const built = new ArchiveIndex();
    built.addAll(entries);
    return built;
  });
  const [shards, freezeMs] = timed(() => index.takeUnsaved(true));
  const [stored, cloneOutMs] = timed(() => shards.map((shard) => structuredClone(shard)));
  const savedMb = shards.reduce((sum, shard) => sum + serialize(shard).length, 0) / 1e6;
  const [opened, openMs] = timed(() => new ArchiveIndex(stored.map((shard) => structuredClone(shard))));
  console.log(
    `built ${ms(buildMs)}, frozen ${ms(freezeMs)}, ${shards.length} shards, ${savedMb.toFixed(1)} MB`,
  );

  // Warm up once, as the screen would have run a query or two while the clerk typed.
  for (const query of benchQueries.slice(0, 5)) searchArchive(opened, query);
  const hits = benchQueries.map((query) => searchArchive(opened, query).total);
  const chamber = times(benchQueries, (query) => searchArchive(opened, query));
  const committeeId = entries[0]?.committeeId ?? '';
  const filterSets: SearchFilters[] = [
    { committeeId },
    { from: '2024-05-01', to: '2025-04-30' },
    { kinds: ['minute', 'resolution'] },
  ];
  const filtered = filterSets.flatMap((filters) =>
    times(benchQueries, (query) => searchArchive(opened, query, filters)),
  );
  const slip = timed(() => searchArchive(opened, 'Kittiwake Lane footbrige'));
  const texts = entries.map((entry) => `${entry.title}\n${entry.text}`.toLowerCase());
  const raw = times(benchQueries, (query) => {
    const phrase = query.toLowerCase();
    return texts.filter((text) => text.includes(phrase)).length;
  });

  // An edit: one minute rewritten, caught up into the index and its year saved again.
  const minute = entries.find((entry) => entry.kind === 'minute') as SearchEntry;
  const [, editMs] = timed(() => opened.add({ ...minute, text: `${minute.text} zeppelin mooring mast` }));
  const [rewritten, resaveMs] = timed(() => opened.takeUnsaved().map((shard) => structuredClone(shard)));
  const found = searchArchive(opened, 'zeppelin mooring').hits.map((hit) => hit.id);
  if (found.join() !== minute.id) throw new Error(`The edited minute was not found: ${found.join()}`);
  if (searchArchive(opened, landmarks.minutePhrase).total < 1)
    throw new Error('The landmark minute was lost.');

  const loadAfter = load();
  const rows = [
    ['Search query, p50 (100 queries)', '-', ms(pick(chamber, 0.5)), ms(pick(raw, 0.5))],
    ['Search query, p95 (100 queries)', '< 30 ms', ms(pick(chamber, 0.95)), ms(pick(raw, 0.95))],
    ['Search query with a filter, p95 (300)', '< 30 ms', ms(pick(filtered, 0.95)), '-'],
    ['A misspelt phrase (slip allowed)', '-', ms(slip[1]), '-'],
    ['Open the saved index (all shards)', '-', ms(openMs + cloneOutMs / shards.length), '-'],
    ['Build the index from the entries', '-', ms(buildMs + freezeMs), '-'],
    ['An edit: caught up, then its year saved', '-', ms(editMs + resaveMs), '-'],
  ];
  const section = [
    '# Search benchmark results',
    '',
    'Written by `npm run bench search` (bench/search.ts), in Node: the search index is plain TypeScript, so it is',
    "measured without a browser. The raw baseline scans every entry's text for the phrase (no index).",
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus().length} x ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Linux ${release()}, Node ${process.version}`,
    `- Load average (1, 5, 15 min): ${loadBefore} before, ${loadAfter} after`,
    `- Archive (${scaleName}): ${entries.length} entries (${textMb.toFixed(1)} MB of text), generated in ${(generateMs / 1000).toFixed(1)} s`,
    `- Saved index: ${shards.length} shards (one per year), ${savedMb.toFixed(1)} MB as stored; an edit rewrote ${rewritten.length} shard`,
    '',
    '| Measure | Target | Chamber | Raw scan |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    'Opening is the structured clone IndexedDB performs plus making the shards searchable (per shard, so the',
    'screen is never held for long). Matches per query: ' +
      `median ${pick(hits, 0.5)}, most ${Math.max(...hits)}.`,
    '',
  ].join('\n');
  console.log(section);
  await writeResults(section);
  console.log('Written to bench/RESULTS.md');
}

void main();
