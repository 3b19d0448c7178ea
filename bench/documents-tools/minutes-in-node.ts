/**
 * The minutes builder alone, in Node by CPU time, on the documents benchmark's input (40 items after the 5 standing
 * ones, 2,200 characters of minute text each, a resolution and an action): a figure that a loaded machine moves
 * far less than the clock, to compare two versions of the builder and to profile it.
 *
 *   npx tsx bench/documents-tools/minutes-in-node.ts            CPU per build: the first after the worker's warm-up,
 *                                                               the median of later ones, fflate on the same parts
 *   WARM=0 npx tsx bench/documents-tools/minutes-in-node.ts     the same without the warm-up
 *   PROFILE=out.cpuprofile npx tsx bench/documents-tools/...    a CPU profile of the later builds only
 *
 * ITEMS (default 45, standing items included) and RUNS (default 20) change the size and the number of builds.
 * Not part of `npm run bench`: the page's own figures are bench/documents.ts's.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { seedMinutedMeeting } from '../publishing-tools/seed-meeting';
import { loadMeetingRecord } from '../../renderer/db/read/meeting-record';
import { minutesBytes } from '../../renderer/documents/minutes-worker/minutes-bytes';
import { warmUpOnce } from '../../renderer/documents/minutes-worker/warm-up';

const items = Number(process.env.ITEMS ?? 45);
const runs = Number(process.env.RUNS ?? 20);
const seeded = await seedMinutedMeeting(items, [], 2_200);
const record = await loadMeetingRecord(seeded.meetingId);
if (!record) throw new Error('The benchmark meeting is missing.');
const build = () => minutesBytes({ record, part: 'A', title: 'Minutes', template: undefined });

/** CPU milliseconds of this process (every thread: the collector's helpers too) while `work` runs. */
async function cpuMs(work: () => unknown): Promise<number> {
  const before = process.cpuUsage();
  await work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const warmUp = process.env.WARM === '0' ? 0 : await cpuMs(() => warmUpOnce(() => false));
// The clerk reads the meeting a while before pressing: let the JIT's background compiles finish.
await new Promise((resolve) => setTimeout(resolve, 1_000));

if (process.env.PROFILE) {
  for (let n = 0; n < runs; n += 1) await build();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  for (let n = 0; n < runs; n += 1) await build();
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(process.env.PROFILE, JSON.stringify(profile));
  process.exit(0);
}

const builds: number[] = [];
let last: Uint8Array = new Uint8Array();
for (let n = 0; n < runs; n += 1)
  builds.push(
    await cpuMs(async () => {
      last = await build();
    }),
  );
// fflate zipping the same parts, as the page's bench does: pictures stored, the rest deflated at level 6.
const parts = unzipSync(last);
const zippable: Zippable = Object.fromEntries(
  Object.entries(parts).map(([path, bytes]) => [
    path,
    [bytes, { level: /\.(png|jpe?g)$/i.test(path) ? 0 : 6 }],
  ]),
);
const zips: number[] = [];
for (let n = 0; n < runs; n += 1) zips.push(await cpuMs(() => zipSync(zippable)));
const later = median(builds.slice(1));
console.log(
  `${items} items, ${(last.length / 1000).toFixed(0)} kB: warm-up ${warmUp.toFixed(0)} ms of CPU; builder first ${builds[0]?.toFixed(1)} ms, later ${later.toFixed(1)} ms (first / later ${((builds[0] ?? NaN) / later).toFixed(2)}x); fflate ${median(zips).toFixed(1)} ms; builder / fflate ${(later / median(zips)).toFixed(2)}x`,
);
process.exit(0);
