import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumPath } from '../../scripts/system-deps.mjs';
import { chromiumArgs } from '../../tests/e2e/support/browser';
import type { OfficerReports } from './officer-reports';

/** Chamber's built renderer open in Chromium, as the documents benchmarks drive it. */
export type DocumentsBrowser = {
  context: BrowserContext;
  /** The app's page, not yet navigated (listeners can be added before `page.goto(baseUrl)`). */
  page: Page;
  baseUrl: string;
  /** Chromium's profile folder, to find its processes (memory.ts browserPid). */
  profile: string;
  /** Closes the browser and the server and removes the build and the profile. */
  close: () => Promise<void>;
};

/**
 * Builds the renderer, serves it, and opens it in Chromium with the first-run screen skipped, the reports served
 * at bench-papers/<name> (the page fetches them to attach), and an empty bench-tools.html for the baselines' tab.
 * `jsFlags` go to V8 (e.g. --expose-gc, --trace-gc).
 *
 * @example const browser = await openDocumentsBrowser(reports, '--expose-gc'); try { ... } finally { await browser.close(); }
 */
export async function openDocumentsBrowser(
  reports: OfficerReports,
  jsFlags: string,
): Promise<DocumentsBrowser> {
  const outDir = await mkdtemp(join(tmpdir(), 'chamber-bench-build-'));
  const profile = await mkdtemp(join(tmpdir(), 'chamber-bench-documents-'));
  // BENCH_UNMINIFIED=1: the functions keep their names, for reading a profile (a little slower than what ships).
  const minify = process.env.BENCH_UNMINIFIED ? false : undefined;
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, ...(minify === false ? { minify } : {}) },
  });
  const server = await preview({
    configFile: 'vite.config.ts',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server did not start.');
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...chromiumArgs, `--js-flags=${jsFlags}`],
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  await context.addInitScript(() => localStorage.setItem('chamber.first-run-skipped', 'yes'));
  await context.route(`${baseUrl}bench-papers/*`, async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const path = reports.docx.find((file) => file.endsWith(`/${name}`));
    if (!path) return route.fulfill({ status: 404 });
    return route.fulfill({ body: await readFile(path), contentType: 'application/octet-stream' });
  });
  await context.route(`${baseUrl}bench-tools.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Documents benchmark</title>' }),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    await rm(outDir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  };
  return { context, page, baseUrl, profile, close };
}
