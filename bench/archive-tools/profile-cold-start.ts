/**
 * Where cold start goes: `npx tsx bench/archive-tools/profile-cold-start.ts PROFILE_DIR [hash]` serves the built
 * renderer (dist/renderer, from `npm run build:renderer`), opens the kept archive profile in Chromium, and
 * records a CPU profile over navigation to the committee's meeting table. Prints the time to the table, the
 * script and IndexedDB timeline, and the functions that took the most time. For diagnosis, not a figure.
 */
import { launchOn } from './cold-start';
import { serveKeptProfile } from './kept-profile';

const [profileDir, wantedHash] = process.argv.slice(2);
if (!profileDir) throw new Error('Give the kept archive profile directory (ARCHIVE_BENCH_PROFILE).');
// The archive's IndexedDB belongs to the origin it was made on, port included (bench/archive.ts notes it).
const { origin, close } = await serveKeptProfile(profileDir);
// The same browser flags and window as the benchmark's.
const { context, page } = await launchOn(profileDir);
try {
  const hash =
    wantedHash ??
    (await (async () => {
      const blank = `${origin}archive-profile-blank.html`;
      await page.route(blank, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<title>-</title>' }),
      );
      await page.goto(blank);
      const id = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const open = indexedDB.open('chamber');
            open.onsuccess = () => {
              const get = open.result.transaction('committees').objectStore('committees').getAll(null, 1);
              get.onsuccess = () => resolve((get.result[0] as { id: string }).id);
            };
          }),
      );
      return `#/committees/${id}`;
    })());
  await page.goto('about:blank');
  // Milestones inside the page: the script running, IndexedDB opening, the first render, each transaction.
  // Plain JavaScript text: the TypeScript runner would wrap named inner functions in a helper the page lacks.
  await page.addInitScript(`(() => {
    const marks = (globalThis.coldMarks = []);
    const mark = (what) => marks.push(performance.now().toFixed(0).padStart(6) + ' ' + what);
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...args) {
      mark('indexedDB.open ' + args[0]);
      const request = open.apply(this, args);
      request.addEventListener('success', () => mark('indexedDB opened'));
      return request;
    };
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (...args) {
      const tx = transaction.apply(this, args);
      const stores = [...tx.objectStoreNames].join(',');
      mark('tx start ' + stores);
      tx.addEventListener('complete', () => mark('tx done ' + stores));
      return tx;
    };
    document.addEventListener('DOMContentLoaded', () => {
      mark('DOMContentLoaded');
      // Each region as it first appears, and the first frame drawn with a meeting row (the bench's figure).
      const seen = new Set();
      new MutationObserver((_, observer) => {
        for (const region of document.querySelectorAll('section[aria-label], table[aria-label]')) {
          const name = region.tagName.toLowerCase() + ' ' + region.getAttribute('aria-label');
          if (!seen.has(name)) seen.add(name), mark('shown: ' + name);
        }
        if (!document.querySelector('table[aria-label="Meetings"] tbody tr')) return;
        observer.disconnect();
        mark('meeting row in the page');
        requestAnimationFrame(() => mark('first frame with a meeting row'));
      }).observe(document.getElementById('root') ?? document.body, { childList: true, subtree: true });
    });
  })()`);
  const cdp = await context.newCDPSession(page);
  // CPU_PROFILE=0 leaves the profiler off, for timings without its overhead.
  const sampling = process.env.CPU_PROFILE !== '0';
  if (sampling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.goto(`${origin}${hash}`);
  const selector = process.env.WAIT_FOR ?? 'table[aria-label="Meetings"] tbody tr';
  await page.waitForSelector(selector, { timeout: 60_000 });
  const ready = await page.evaluate(() => performance.now());
  // A moment for the frame after the row to be drawn and marked.
  await page.waitForTimeout(300);
  const { profile } = sampling
    ? await cdp.send('Profiler.stop')
    : { profile: { nodes: [], samples: [], timeDeltas: [] } };
  const timeline = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry as PerformanceResourceTiming)
      .map(
        (entry) =>
          `${entry.startTime.toFixed(0)}-${entry.responseEnd.toFixed(0)} ${entry.name.split('/').pop()}`,
      ),
  );
  console.log(
    (await page.evaluate(() => (globalThis as unknown as { coldMarks: string[] }).coldMarks)).join('\n'),
  );
  console.log(`Ready after ${ready.toFixed(0)} ms from navigation.`);
  console.log(timeline.join('\n'));
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  (profile.samples ?? []).forEach((id, index) => {
    const frame = byId.get(id)?.callFrame;
    const name = frame
      ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`
      : '?';
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas?.[index] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
  for (const [name, msSelf] of top) console.log(`${msSelf.toFixed(1).padStart(8)} ms  ${name}`);
} finally {
  await context.close();
  await close();
}
