import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { build, Platform } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';
import { builderConfig } from './support/builder-config';

/**
 * Build the unpacked Linux app as `npm run dist` would, but offline: the renderer and shell are built into a
 * temp folder (so a parallel build of dist/ cannot interfere) and a stub stands in for the Electron binary.
 */
const work = mkdtempSync(join(tmpdir(), 'chamber-packaging-'));
const app = join(work, 'app');
const release = join(work, 'release');
const unpacked = join(release, 'linux-unpacked');
let entries: string[] = [];

function stubElectron(): string {
  const folder = join(work, 'electron-dist');
  mkdirSync(join(folder, 'locales'), { recursive: true });
  writeFileSync(join(folder, 'electron'), '#!/bin/sh\necho "stub Electron"\n');
  chmodSync(join(folder, 'electron'), 0o755);
  for (const locale of ['en-GB', 'en-US', 'fr', 'de'])
    writeFileSync(join(folder, 'locales', `${locale}.pak`), '');
  return folder;
}

beforeAll(async () => {
  const quiet = { stdio: 'ignore' } as const;
  execFileSync(
    'npx',
    ['vite', 'build', '--config', 'vite.config.ts', '--outDir', join(app, 'renderer'), '--emptyOutDir'],
    quiet,
  );
  execFileSync(process.execPath, ['scripts/build-electron.mjs', '--out', app], quiet);
  const config = builderConfig();
  await build({
    projectDir: process.cwd(),
    targets: Platform.LINUX.createTarget('dir'),
    config: {
      ...config,
      electronDist: stubElectron(),
      directories: { ...config.directories, app, output: release },
    },
  });
  entries = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false });
});

describe('the packaged app.asar', () => {
  it('holds the built renderer, main and preload', () => {
    expect(entries).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/renderer/index.html',
        '/electron/main.cjs',
        '/electron/preload.cjs',
      ]),
    );
    expect(entries.some((entry) => /^\/renderer\/assets\/.+\.js$/.test(entry))).toBe(true);
  });

  it('holds nothing else: no sources, tests, source maps or node_modules', () => {
    const unexpected = entries.filter(
      (entry) =>
        /\.(ts|tsx|map)$/.test(entry) ||
        /(^|\/)(node_modules|tests?|src|scripts|build)(\/|$)/.test(entry) ||
        entry.startsWith('/renderer/domain') ||
        entry.startsWith('/electron/main/'),
    );
    expect(unexpected).toEqual([]);
    expect(entries.every((entry) => /^\/(package\.json|renderer|electron)/.test(entry))).toBe(true);
  });

  it('has a package.json that starts main and declares no dependencies', () => {
    const manifest = JSON.parse(
      extractFile(join(unpacked, 'resources', 'app.asar'), 'package.json').toString('utf8'),
    ) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: 'chamber', productName: 'Chamber', main: 'electron/main.cjs' });
    expect(manifest).not.toHaveProperty('dependencies');
    expect(manifest).not.toHaveProperty('devDependencies');
    expect(manifest).not.toHaveProperty('scripts');
  });

  it('is started by an executable named chamber and keeps only the British and US locales', () => {
    expect(existsSync(join(unpacked, 'chamber'))).toBe(true);
    expect(readdirSync(join(unpacked, 'locales')).sort()).toEqual(['en-GB.pak', 'en-US.pak']);
  });
});
