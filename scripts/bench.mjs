#!/usr/bin/env node
// `npm run bench [name...]`: run Chamber's benchmarks (bench/*.ts) one after another and print their figures.
// Speed targets live here, never in timed unit tests. Each benchmark measures a raw baseline in the same run.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';

const wanted = process.argv.slice(2);
const benches = readdirSync('bench')
  .filter((file) => /\.(ts|mjs)$/.test(file) && !file.startsWith('_'))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)))
  .sort();
if (benches.length === 0) {
  console.error(`No benchmark matches ${wanted.join(' ')}. Available: ${readdirSync('bench').join(', ')}`);
  process.exit(1);
}
let failures = 0;
for (const file of benches) {
  // Every figure depends on what else the machine is doing: say so before and after each benchmark.
  const load = () =>
    `load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' / ')} on ${cpus().length} cores`;
  console.log(`\n=== bench/${file} (${load()} at the start)`);
  const started = Date.now();
  const outcome = spawnSync('npx', ['tsx', `bench/${file}`], { stdio: 'inherit' });
  console.log(
    `=== bench/${file} took ${((Date.now() - started) / 1000).toFixed(0)} s (${load()} at the end)`,
  );
  if (outcome.status !== 0) failures += 1;
}
process.exit(failures === 0 ? 0 : 1);
