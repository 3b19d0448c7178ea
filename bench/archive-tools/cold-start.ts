import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { readFile, readdir } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { chromiumPath } from '../../scripts/system-deps.mjs';

/** The browser flags every archive measure uses, cold start included. */
export const benchBrowserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium on a kept profile: a browser start, as a clerk's opening of Chamber is an app start. */
export async function launchOn(
  profile: string,
  extraArgs: string[] = [],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...benchBrowserArgs, ...extraArgs],
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
  });
  return { context, page: context.pages()[0] ?? (await context.newPage()) };
}

/** Processor time (ms) used so far by every process of the Chromium running on `profile`. */
async function chromiumCpuMs(profile: string): Promise<number> {
  let ticks = 0;
  for (const pid of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(pid)) continue;
    const [cmdline, stat] = await Promise.all([
      readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => ''),
      readFile(`/proc/${pid}/stat`, 'utf8').catch(() => ''),
    ]);
    if (!cmdline.includes(`--user-data-dir=${profile}`)) continue;
    // utime and stime, the 14th and 15th fields, counted after the command name's closing bracket.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * 10;
}

/**
 * Wait until a freshly started Chromium is idle. Headless Chromium starts its own browser interface at launch
 * (the omnibox popup and other WebUI pages, seconds of processor time on two cores) and that work would
 * otherwise run alongside the timed start; Electron has no such interface, so a clerk's Chamber does not
 * compete with it. Returns how long the wait was.
 */
export async function whenBrowserSettled(profile: string, limitMs = 15_000): Promise<number> {
  const started = Date.now();
  let before = await chromiumCpuMs(profile);
  let quiet = 0;
  while (Date.now() - started < limitMs && quiet < 2) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await chromiumCpuMs(profile);
    quiet = now - before <= 20 ? quiet + 1 : 0;
    before = now;
  }
  return Date.now() - started;
}

/**
 * Marks `globalThis.meetingsShownAt` with the first frame drawn with a row of the committee's meeting table.
 * Plain JavaScript text: the TypeScript runner would wrap named inner functions in a helper the page lacks.
 */
export const coldStartScript = `new MutationObserver((_, observer) => {
  if (!document.querySelector('table[aria-label="Meetings"] tbody tr')) return;
  observer.disconnect();
  requestAnimationFrame(() => { globalThis.meetingsShownAt = performance.now(); performance.mark('meetings shown'); });
}).observe(document, { childList: true, subtree: true })`;

/** Milliseconds from navigation to the first frame with a meeting row, timed inside the page. */
export async function timeColdStart(page: Page, url: string): Promise<number> {
  await page.addInitScript(coldStartScript);
  await page.goto(url);
  await page.getByRole('table', { name: 'Meetings' }).getByRole('row').nth(1).waitFor({ timeout: 60_000 });
  const shown = await page.waitForFunction(
    () => (globalThis as { meetingsShownAt?: number }).meetingsShownAt,
  );
  return (await shown.jsonValue()) as number;
}

/**
 * Open `url` twice in a running browser, as a clerk's earlier starts did: Chromium keeps a script's compiled
 * code (the V8 code cache) once it has run it twice, and Chamber's own scheme has that cache turned on
 * (electron/main/app-protocol.ts), so a clerk's start after the first two uses it. Without this, every
 * benchmark run (a fresh build) measures only the first start after an update.
 */
export async function openedBefore(page: Page, url: string, ready: string): Promise<void> {
  for (let time = 0; time < 2; time += 1) {
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForSelector(ready, { timeout: 60_000 });
    // The cache is written after the script has run, off the page's critical path: give it a moment.
    await page.waitForTimeout(500);
  }
  await page.goto('about:blank');
}

/** Where the raw baseline page is served, beside the app, by {@link rawBaselinePlugin}. */
export const rawBaselinePath = 'raw-cold-start.html';

/**
 * The cold start's raw baseline: a page with nothing but an inline script that opens IndexedDB, reads the
 * committee's meetings by cursor from the same index the app uses, and puts the rows in a table, so it is
 * timed exactly as the app is (the first frame drawn with a meeting row). No framework, no Dexie, no React.
 */
export function rawBaselinePage(committeeId: string): string {
  return `<!doctype html><html lang="en-GB"><title>Raw cold start</title><body>
<table aria-label="Meetings"><thead><tr><th>Day</th><th>Time</th><th>Place</th></tr></thead><tbody></tbody></table>
<script>
const open = indexedDB.open('chamber');
open.onsuccess = () => {
  const store = open.result.transaction('meetings', 'readonly').objectStore('meetings');
  const id = ${JSON.stringify(committeeId)};
  const request = store.index('[committeeId+date]').openCursor(IDBKeyRange.bound([id], [id, []]));
  const rows = [];
  request.onsuccess = () => {
    const cursor = request.result;
    if (cursor) { rows.push(cursor.value); cursor.continue(); return; }
    const body = document.querySelector('tbody');
    for (const meeting of rows.slice(0, 20)) {
      const row = body.insertRow();
      for (const text of [meeting.date, meeting.startTime, meeting.venue]) row.insertCell().textContent = text;
    }
  };
};
</script></body></html>`;
}

/** A preview-server plugin serving the raw baseline page over the same server (same origin, same IndexedDB). */
export function rawBaselinePlugin(committeeId: () => string | undefined): Plugin {
  return {
    name: 'chamber-raw-cold-start',
    configurePreviewServer(server) {
      server.middlewares.use(`/${rawBaselinePath}`, (_, response) => {
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(rawBaselinePage(committeeId() ?? ''));
      });
    },
  };
}

/**
 * A preview-server plugin that lets the browser keep the built scripts and styles (their names change with
 * their content), as Chamber's own scheme serves them in the app. Vite's preview asks the browser to check
 * every file again (`no-cache`), and a script re-checked is a new response to Chromium, which then throws
 * away the compiled code it kept for it: every start would compile the whole app afresh, which a clerk's
 * Chamber does only on its first two starts after an update. The page itself is still checked each time.
 */
export function keptAssetsPlugin(): Plugin {
  return {
    name: 'chamber-kept-assets',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.startsWith('/assets/'))
          response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        next();
      });
    },
  };
}
