import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../scripts/system-deps.mjs';

// A made-up origin that nothing answers: the page is served by the route below, and its IndexedDB is this origin's.
const origin = 'http://localhost:9/';

/**
 * A blank page in a fresh Chromium profile, for the sync bench's code to run in (bench/sync.ts and its
 * old-against-new import-turns.ts). GC is exposed so a round can start from a collected heap.
 */
export async function openSyncBenchPage(title: string) {
  const profile = await mkdtemp(join(tmpdir(), 'chamber-sync-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--js-flags=--expose-gc'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const blank = `${origin}sync-bench.html`;
  await context.route(blank, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>${title}</title>` }),
  );
  await page.goto(blank);
  return { profile, context, page };
}
