#!/usr/bin/env node
// The README's test command: every check Chamber has, in order, then one plain closing line
// "N passed, N failed" that counts them all. A missing system package fails loudly; nothing is skipped.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { missingSystemPackages } from './system-deps.mjs';

const results = join(process.cwd(), '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

// How long each phase took, printed at the end: CI's time limit is what a slow or busy machine must stay inside.
const timings = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const outcome = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  timings.push(`${label} ${Math.round((Date.now() - started) / 1000)} s`);
  return outcome.status === 0;
}

/** A check that is one test: it passes or fails as a whole. */
function count(label, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

function check(label, command, args) {
  count(label, run(label, command, args));
}

/**
 * Checks that read the code and nothing else (tsc, eslint, prettier), run at once: each is one process on one core
 * and they share nothing, so the phase takes as long as the slowest, not the sum. Each one's output is held and
 * printed whole, in order, so nothing interleaves.
 */
async function checksTogether(checks) {
  const started = Date.now();
  const outcomes = await Promise.all(
    checks.map(
      ({ label, command, args }) =>
        new Promise((resolve) => {
          const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
          const output = [];
          child.stdout.on('data', (chunk) => output.push(chunk));
          child.stderr.on('data', (chunk) => output.push(chunk));
          child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
          child.on('close', (code) =>
            resolve({ label, command, args, code, output, seconds: (Date.now() - started) / 1000 }),
          );
        }),
    ),
  );
  for (const { label, command, args, code, output, seconds } of outcomes) {
    console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
    process.stdout.write(Buffer.concat(output));
    timings.push(`${label} ${Math.round(seconds)} s`);
    count(label, code === 0);
  }
}

/** A vitest suite: every test in it counts. */
function suite(label, config) {
  const report = join(results, `${label}.json`);
  const args = [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
  const ok = run(label, 'npx', args);
  if (!existsSync(report)) {
    failed += 1;
    failures.push(`${label} (the runner did not report: see the output above)`);
    return;
  }
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
  // A file that fails to load has no tests to count: count it as a failure rather than lose it.
  const brokenFiles = summary.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  );
  failed += brokenFiles.length;
  if (!ok || summary.numFailedTests > 0 || brokenFiles.length > 0) failures.push(label);
  // Vitest fails a run whose tests all passed when something threw outside them (an unhandled rejection
  // from work a test left running): that is a fault too, counted once, not lost in a passing total.
  if (!ok && summary.numFailedTests === 0 && brokenFiles.length === 0) {
    failed += 1;
    failures.push(`${label}: errors outside any test (see "Unhandled Errors" above)`);
  }
  if (summary.numTotalTests === 0) {
    failed += 1;
    failures.push(`${label} ran no tests`);
  }
}

const missing = missingSystemPackages();
if (missing.length > 0) {
  console.error(
    `\nThe end-to-end and document tests need Debian packages that are not installed: ${missing.join(' ')}`,
  );
  console.error(`Install them with: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`);
  console.error('(or run .ci/run, which installs them). No test is skipped for want of them.');
  failed += 1;
  failures.push('system packages');
}

await checksTogether([
  { label: 'typecheck', command: 'npx', args: ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { label: 'lint', command: 'npx', args: ['eslint', '.', '--max-warnings=0'] },
  { label: 'format', command: 'npx', args: ['prettier', '--check', '.'] },
]);
suite('unit', 'vitest.config.ts');
check('electron security scan', 'node', ['scripts/security-scan.mjs']);
suite('packaging', 'vitest.packaging.config.ts');
if (missing.length === 0) {
  suite('documents', 'vitest.documents.config.ts');
  suite('e2e', 'vitest.e2e.config.ts');
}

console.log(`\nTime taken: ${timings.join('; ')}`);
if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
