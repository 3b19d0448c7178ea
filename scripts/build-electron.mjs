#!/usr/bin/env node
// Bundle the desktop shell: electron/main -> dist/electron/main.cjs, electron/preload -> dist/electron/preload.cjs.
// CommonJS because a sandboxed preload cannot load ES modules; `electron` stays external (Electron provides it).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

// `--out <folder>` builds elsewhere (the packaging test builds into a temp folder); dist/ by default.
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: false,
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: join(out, 'electron', 'main.cjs') }),
  // The preload runs sandboxed: it may require only 'electron' (contextBridge, ipcRenderer), so bundle the rest.
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: join(out, 'electron', 'preload.cjs'),
  }),
]);

// The packaged app's own package.json (electron-builder's app directory is dist/): everything is bundled, so
// it declares no dependencies and the installer carries no node_modules.
const project = JSON.parse(readFileSync('package.json', 'utf8'));
const app = {
  name: project.name,
  productName: project.productName,
  version: project.version,
  description: project.description,
  author: 'Chamber contributors',
  license: project.license ?? 'UNLICENSED',
  main: 'electron/main.cjs',
};
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'package.json'), `${JSON.stringify(app, null, 2)}\n`);
console.log(`Built ${out}/electron/main.cjs, ${out}/electron/preload.cjs and ${out}/package.json`);
