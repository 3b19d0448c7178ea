/**
 * `npm run bench publishing`: the time to publish a meeting's pages into the clerk's folder, and to republish the
 * whole archive (issue 24), beside copying the same bytes on the same disk in the same run.
 *
 * 1. A 40-item meeting with 25 officers' reports made by LibreOffice (bench/documents-tools/officer-reports.ts,
 *    cached), every item minuted, keyed through Chamber's repositories into fake-indexeddb in this Node process and
 *    read back by the app's own loadSiteToPublish. publishToFolder writes its agenda-and-minutes page, papers,
 *    committee pages, feed, calendar and index into a real temp folder through node:fs: the first run, the median
 *    of 4 later runs into fresh folders, and the median of 4 republishes with nothing changed (which must write
 *    nothing). NOT timed: the public pack and public minutes as PDF and Word, and the decision notices' Word
 *    files, which the app makes beside the pages (loadSiteWithDocuments: the pack worker and Chromium's printing);
 *    the documents benchmark times the pack and the minutes.
 * 2. The archive, scaled and synthetic (archive-tools makes the real one in Chromium's IndexedDB, too heavy to
 *    publish from here): PUBLISH_BENCH_ARCHIVE=committees x years x meetings a year (default 25x12x10), each the
 *    built-in sample meeting with its public papers as small PDFs, built in memory, published whole then
 *    republished with nothing changed.
 * Baselines: fs.cp of the published folder to a fresh folder, and the same total bytes written as one file; for a
 * republish (which rebuilds every page and compares hashes, writing nothing), SHA-256 of the same bytes in memory.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  publishToFolder,
  type LoadSite,
  type PublicationReport,
  type PublicationRequest,
} from '../renderer/documents/publishing/publish-to-folder';
import { officerReports } from './documents-tools/officer-reports';
import { archiveLoader, archiveMeetings, type ArchiveScale } from './publishing-tools/archive-site';
import { diskFolder } from './publishing-tools/disk-folder';
import { loadSiteToPublish, seedMinutedMeeting } from './publishing-tools/seed-meeting';

type Row = { measure: string; target: string; figure: number; baseline: number; baselineName: string };

/** The middle value; of an even count, the mean of the middle two. */
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const high = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  return sorted.length % 2 === 1 ? high : (high + (sorted[sorted.length / 2 - 1] ?? high)) / 2;
};
const ms = (value: number) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');

let root = '';
let folders = 0;
async function freshFolder(): Promise<string> {
  folders += 1;
  const path = join(root, `folder-${folders}`);
  await mkdir(path);
  return path;
}

/** One publication, timed from the call to the manifest (its last file) written; and how long the reading took. */
async function timedPublish(
  path: string,
  request: PublicationRequest,
  loadSite: LoadSite,
): Promise<{ ms: number; readMs: number; report: PublicationReport }> {
  let readMs = 0;
  const timedLoad: LoadSite = async (editions) => {
    const started = performance.now();
    const site = await loadSite(editions);
    readMs += performance.now() - started;
    return site;
  };
  const started = performance.now();
  const report = await publishToFolder(
    diskFolder(path),
    request,
    timedLoad,
    new Date('2026-03-20T09:00:00Z'),
  );
  return { ms: performance.now() - started, readMs, report };
}

async function folderBytes(path: string): Promise<{ files: number; bytes: number }> {
  const names = await readdir(path);
  let bytes = 0;
  for (const name of names) bytes += (await stat(join(path, name))).size;
  return { files: names.length, bytes };
}

/**
 * The fastest raw ways to put the same bytes on the same disk: a folder copy, and one file of the same size; and
 * to tell that nothing changed: SHA-256 of every file's bytes, already in memory.
 */
async function baselines(
  path: string,
  runs: number,
): Promise<{ copyMs: number; oneFileMs: number; hashMs: number }> {
  const { bytes } = await folderBytes(path);
  const copies: number[] = [];
  const oneFiles: number[] = [];
  const hashes: number[] = [];
  const contents: Uint8Array<ArrayBuffer>[] = [];
  for (const name of await readdir(path)) contents.push(new Uint8Array(await readFile(join(path, name))));
  const block = Buffer.alloc(bytes, 0x61);
  for (let run = 0; run < runs; run += 1) {
    const copy = join(root, `copy-${folders}-${run}`);
    let started = performance.now();
    await cp(path, copy, { recursive: true });
    copies.push(performance.now() - started);
    await rm(copy, { recursive: true });
    const file = join(root, `one-file-${folders}-${run}`);
    started = performance.now();
    await writeFile(file, block);
    oneFiles.push(performance.now() - started);
    await rm(file);
    started = performance.now();
    for (const content of contents) await crypto.subtle.digest('SHA-256', content);
    hashes.push(performance.now() - started);
  }
  return { copyMs: median(copies), oneFileMs: median(oneFiles), hashMs: median(hashes) };
}

async function meetingRows(rows: Row[]): Promise<void> {
  const reports = await officerReports(25, 20);
  const seeded = await seedMinutedMeeting(40, reports.docx.slice(0, 25), 1500);
  const request: PublicationRequest = { [seeded.meetingId]: 'minutes' };
  const first = await timedPublish(await freshFolder(), request, loadSiteToPublish);
  const later: { ms: number; readMs: number; path: string }[] = [];
  for (let run = 0; run < 4; run += 1) {
    const path = await freshFolder();
    later.push({ ...(await timedPublish(path, request, loadSiteToPublish)), path });
  }
  const last = later.at(-1)?.path ?? '';
  const again: number[] = [];
  let rewritten = 0;
  for (let run = 0; run < 4; run += 1) {
    const republished = await timedPublish(last, {}, loadSiteToPublish);
    again.push(republished.ms);
    rewritten += republished.report.written.length + republished.report.removed.length;
  }
  const size = await folderBytes(last);
  const raw = await baselines(last, 4);
  console.log(
    `${seeded.items}-item meeting, 25 LibreOffice reports (${mb(seeded.paperBytes)} of papers), minuted, edition 'minutes': ` +
      `${size.files} files, ${mb(size.bytes)}; first run ${ms(first.ms)} (reading ${ms(first.readMs)}), ` +
      `later runs ${later.map((run) => ms(run.ms)).join(', ')} (reading ${later.map((run) => ms(run.readMs)).join(', ')}); ` +
      `republish ${again.map(ms).join(', ')}, files written or removed by the republishes: ${rewritten}`,
  );
  const measure = `${seeded.items} items, 25 reports (${mb(seeded.paperBytes)}), ${size.files} files (${mb(size.bytes)})`;
  rows.push(
    {
      measure: `Publish minutes: ${measure}, median of 4 (first ${ms(first.ms)})`,
      target: '-',
      figure: median(later.map((run) => run.ms)),
      baseline: raw.copyMs,
      baselineName: 'fs.cp of the folder',
    },
    {
      measure: `Same, against one file of the same bytes`,
      target: '-',
      figure: median(later.map((run) => run.ms)),
      baseline: raw.oneFileMs,
      baselineName: 'one file',
    },
    {
      measure: `Republish, nothing changed (${rewritten} files written), median of 4`,
      target: 'writes nothing',
      figure: median(again),
      baseline: raw.copyMs,
      baselineName: 'fs.cp of the folder',
    },
    {
      measure: 'Same republish, against hashing the same bytes',
      target: '-',
      figure: median(again),
      baseline: raw.hashMs,
      baselineName: 'SHA-256 of the files',
    },
  );
}

function archiveScale(): ArchiveScale {
  const [committees = 25, years = 12, perYear = 10] = (process.env.PUBLISH_BENCH_ARCHIVE ?? '25x12x10')
    .split('x')
    .map(Number);
  return { committees, years, perYear, paperSize: 16 * 1024 };
}

async function archiveRows(rows: Row[]): Promise<void> {
  const scale = archiveScale();
  const { meetings, paperBytes } = archiveMeetings(scale);
  const loadSite = archiveLoader(meetings);
  const request: PublicationRequest = {};
  for (const data of meetings) request[data.record.meeting.id] = 'minutes';
  const path = await freshFolder();
  const first = await timedPublish(path, request, loadSite);
  const again: number[] = [];
  let rewritten = 0;
  for (let run = 0; run < 2; run += 1) {
    const republished = await timedPublish(path, {}, loadSite);
    again.push(republished.ms);
    rewritten += republished.report.written.length + republished.report.removed.length;
  }
  const size = await folderBytes(path);
  const raw = await baselines(path, 2);
  const what = `${scale.committees} committees x ${scale.years} years x ${scale.perYear} = ${meetings.length} meetings`;
  console.log(
    `Archive (${what}, ${mb(paperBytes)} of papers): ${size.files} files, ${mb(size.bytes)}; ` +
      `first publication ${ms(first.ms)}; republish ${again.map(ms).join(', ')}, files written or removed: ${rewritten}`,
  );
  rows.push(
    {
      measure: `Publish the archive whole: ${what}, ${size.files} files (${mb(size.bytes)}), one run`,
      target: '-',
      figure: first.ms,
      baseline: raw.copyMs,
      baselineName: 'fs.cp of the folder',
    },
    {
      measure: `Republish the archive, nothing changed (${rewritten} files written), median of 2`,
      target: 'writes nothing',
      figure: median(again),
      baseline: raw.copyMs,
      baselineName: 'fs.cp of the folder',
    },
    {
      measure: 'Same republish, against hashing the same bytes',
      target: '-',
      figure: median(again),
      baseline: raw.hashMs,
      baselineName: 'SHA-256 of the files',
    },
  );
  console.log(`(same bytes as one file: ${ms(raw.oneFileMs)})`);
}

async function main(): Promise<void> {
  console.log(`Load average ${load()} on ${cpus().length} cores at the start.`);
  root = await mkdtemp(join(tmpdir(), 'chamber-publishing-'));
  const rows: Row[] = [];
  try {
    await meetingRows(rows);
    if (process.env.PUBLISH_BENCH_ARCHIVE !== 'skip') await archiveRows(rows);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  console.log(
    '\nNot timed: the public pack and minutes as PDF and Word, and decision notices as Word (see above).',
  );
  console.table(
    rows.map((row) => ({
      Measure: row.measure,
      Target: row.target,
      Chamber: ms(row.figure),
      Baseline: `${row.baselineName} ${ms(row.baseline)}`,
      Ratio: `${(row.figure / row.baseline).toFixed(1)}x`,
    })),
  );
  console.log(`Load average ${load()} at the end.`);
}

await main();
