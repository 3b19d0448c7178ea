#!/usr/bin/env node
// Bundle the desktop shell: electron/main -> dist/electron/main.cjs, electron/preload -> dist/electron/preload.cjs.
// CommonJS because a sandboxed preload cannot load ES modules; `electron` stays external (Electron provides it).
import { build } from 'esbuild';

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
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs' }),
  // The preload runs sandboxed: it may require only 'electron' (contextBridge, ipcRenderer), so bundle the rest.
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/electron/preload.cjs' }),
]);
console.log('Built dist/electron/main.cjs and dist/electron/preload.cjs');
