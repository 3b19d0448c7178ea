#!/usr/bin/env node
// `npm run bench [name...]`: run Chamber's benchmarks (bench/*.ts) one after another and print their figures.
// Speed targets live here, never in timed unit tests. Each benchmark measures a raw baseline in the same run.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

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
  console.log(`\n=== bench/${file}`);
  const outcome = spawnSync('npx', ['tsx', `bench/${file}`], { stdio: 'inherit' });
  if (outcome.status !== 0) failures += 1;
}
process.exit(failures === 0 ? 0 : 1);
