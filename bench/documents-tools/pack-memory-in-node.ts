/**
 * Where the agenda pack's memory goes while it is built, in Node on the documents benchmark's input (160 items
 * with 100 LibreOffice reports by default): the heap, the array buffers and the process's resident memory at each
 * step the builder reports, and their largest. Chromium's figure (bench/documents.ts) is the page's whole renderer
 * process; this splits the builder's own part of it by step, to see what holds the peak.
 *
 *   node --expose-gc --import tsx bench/documents-tools/pack-memory-in-node.ts
 *
 * ITEMS (default 160), OUT=file.docx keeps the pack built, and REPORTS (default ITEMS x 25 / 40) change the size. Not part of `npm run bench`.
 */
import { writeFileSync } from 'node:fs';
import { officerReports } from './officer-reports';
import { seedMinutedMeeting } from '../publishing-tools/seed-meeting';
import { loadPackData } from '../../renderer/db/read/pack-data';
import { buildAgendaPack } from '../../renderer/documents/agenda-pack';

const items = Number(process.env.ITEMS ?? 160);
const reportCount = Number(process.env.REPORTS ?? Math.round((items * 25) / 40));
const reports = await officerReports(reportCount, 20);
const seeded = await seedMinutedMeeting(items, reports.docx.slice(0, reportCount), 2_200);
const mb = (bytes: number) => bytes / 1024 ** 2;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** LIVE=1 collects before each sample: what is held at that step, not the garbage not yet collected. */
const live = process.env.LIVE === '1';

type Sample = { step: string; heap: number; committed: number; buffers: number; rss: number };
function sample(step: string): Sample {
  if (live) gc();
  const usage = process.memoryUsage();
  return {
    step,
    heap: mb(usage.heapUsed),
    committed: mb(usage.heapTotal),
    buffers: mb(usage.arrayBuffers),
    rss: mb(usage.rss),
  };
}

gc();
const before = sample('before reading');
const data = await loadPackData(seeded.meetingId, 'public');
if (!data) throw new Error('The benchmark meeting is missing.');
const read = sample('read');
const samples: Sample[] = [];
let lastStage = '';
const cpuBefore = process.cpuUsage();
const result = await buildAgendaPack(data, {
  audience: 'public',
  edition: 'agenda',
  onProgress: (progress) => {
    const step = `${progress.stage} ${progress.done}/${progress.total}`;
    if (progress.stage === lastStage && progress.stage === 'mergingReports' && progress.done % 10 !== 0)
      return;
    lastStage = progress.stage;
    samples.push(sample(step));
  },
});
const cpu = process.cpuUsage(cpuBefore);
if (process.env.OUT) writeFileSync(process.env.OUT, result.bytes);
const after = sample(`built (${mb(result.bytes.length).toFixed(1)} MB file)`);
gc();
const collected = sample('after a collection, file still held');
const rows = [before, read, ...samples, after, collected];
const peak = (key: 'heap' | 'committed' | 'buffers' | 'rss') =>
  rows.reduce((top, row) => (row[key] > top[key] ? row : top));
console.log(
  `${items} items, ${reportCount} reports (${mb(seeded.paperBytes).toFixed(1)} MB): built in ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms of CPU${live ? ' (with a collection at each step)' : ''}`,
);
for (const row of rows)
  console.log(
    `${row.step.padEnd(34)} heap ${row.heap.toFixed(0).padStart(5)} MB (of ${row.committed.toFixed(0).padStart(4)})  buffers ${row.buffers.toFixed(0).padStart(4)} MB  rss ${row.rss.toFixed(0).padStart(5)} MB`,
  );
for (const key of ['heap', 'committed', 'buffers', 'rss'] as const)
  console.log(`largest ${key}: ${peak(key)[key].toFixed(0)} MB at ${peak(key).step}`);
process.exit(0);
