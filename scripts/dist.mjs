#!/usr/bin/env node
// `npm run dist`: build Chamber and make its installer for this machine's system (NSIS .exe on Windows, .dmg
// on macOS, AppImage and .deb on Linux) into release/. Extra arguments go to electron-builder, e.g.
// `npm run dist -- --win` or `npm run dist -- --linux AppImage`.
import { spawnSync } from 'node:child_process';

function run(command, args) {
  const outcome = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (outcome.status !== 0) process.exit(outcome.status ?? 1);
}

run('npm', ['run', 'build']);
run('npx', ['electron-builder', '--config', 'build/electron-builder.config.cjs', ...process.argv.slice(2)]);
