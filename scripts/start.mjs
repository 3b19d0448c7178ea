#!/usr/bin/env node
// `npm start`: build what is out of date, make sure Electron's binary is here (fetching it once if not), and
// launch the desktop app. Where the binary cannot be had, say so in one line and point to the browser version.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** The newest modification time under a folder, to tell whether a build is stale. */
function newest(folder) {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

function run(command, args) {
  const outcome = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (outcome.status !== 0) process.exit(outcome.status ?? 1);
}

const builtPage = join('dist', 'renderer', 'index.html');
if (!existsSync(builtPage) || newest('renderer') > statSync(builtPage).mtimeMs) {
  run('npm', ['run', 'build:renderer']);
}
run(process.execPath, ['scripts/build-electron.mjs']);

function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

let binary = electronBinary();
if (binary === undefined) {
  console.log('Fetching Electron (first run only)...');
  spawnSync(process.execPath, [require.resolve('electron/install.js')], {
    stdio: 'ignore',
    timeout: 600_000,
  });
  binary = electronBinary();
}
if (binary === undefined) {
  console.error(
    'Electron could not be downloaded on this machine: run `npm run web` to use Chamber in a browser instead.',
  );
  process.exit(1);
}

const launched = spawnSync(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(launched.status ?? 0);
