/**
 * What the page's renderer holds around an agenda pack, in real Chromium against the built renderer: its resident
 * memory, the page's JavaScript heap and each worker's (by name), at each moment a clerk goes through: the app
 * opened, the meeting opened, the Papers tab open a while, just after the pack's file is written, and some seconds
 * later; then the same after a collection in every heap (what is live, not garbage waiting). The documents bench
 * (bench/documents.ts) gives the peak; this says what it is made of.
 *
 *   npx tsx bench/documents-tools/pack-memory-split.ts        ITEMS (default 160), CLICKS (default 3), STEPS=1
 *   JS_FLAGS=--trace-gc DEBUG=pw:browser npx tsx ...          each heap's collections (the isolates by address)
 *
 * Not part of `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { CDPSession } from 'playwright-core';
import { pageScript } from '../archive-tools/bundle';
import { openDocumentsBrowser } from './bench-browser';
import { browserPid, largestRendererRss, renderers } from './memory';
import { officerReports } from './officer-reports';
import type { DocumentsBench, SeedRequest } from './in-page';

const items = Number(process.env.ITEMS ?? 160);
const clicks = Number(process.env.CLICKS ?? 3);
const reportCount = Math.round((items * 25) / 40);
const button = 'Save agenda pack (.docx)';
const mb = (bytes: number) => (bytes / 1024 ** 2).toFixed(0);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The page's workers, reached through one CDP session on the page (its own attachments, not Playwright's). */
async function workerHeaps(session: CDPSession) {
  const attached = new Map<string, string>();
  const waiting = new Map<number, (result: unknown) => void>();
  let nextId = 1;
  session.on('Target.attachedToTarget', ({ sessionId, targetInfo }) =>
    attached.set(sessionId, targetInfo.title || targetInfo.url.split('/').pop() || targetInfo.type),
  );
  session.on('Target.detachedFromTarget', ({ sessionId }) => attached.delete(sessionId));
  session.on('Target.receivedMessageFromTarget', ({ message }) => {
    const answer = JSON.parse(message) as { id: number; result?: unknown };
    waiting.get(answer.id)?.(answer.result);
  });
  await session.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  const ask = async (sessionId: string, method: string): Promise<unknown> => {
    const id = nextId++;
    const answered = new Promise<unknown>((resolve) => {
      waiting.set(id, resolve);
      setTimeout(() => resolve(undefined), 5_000);
    });
    await session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    return answered;
  };
  return async (collect: boolean): Promise<string[]> => {
    const lines: string[] = [];
    for (const [sessionId, name] of attached) {
      if (collect) await ask(sessionId, 'HeapProfiler.collectGarbage');
      const heap = (await ask(sessionId, 'Runtime.getHeapUsage')) as
        { usedSize: number; totalSize: number } | undefined;
      lines.push(heap ? `${name} ${mb(heap.usedSize)}/${mb(heap.totalSize)}` : `${name} (no answer)`);
    }
    return lines;
  };
}

/** The page's renderer's resident memory by kind (anonymous, file, shared), from /proc. */
function residentKinds(rootPid: number, others: ReadonlySet<number>): string {
  let largest = 0;
  let pid = 0;
  for (const [candidate, rss] of renderers(rootPid))
    if (!others.has(candidate) && rss > largest) [largest, pid] = [rss, candidate];
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
    return `anon ${kb('RssAnon').toFixed(0)}, file ${kb('RssFile').toFixed(0)}, shared ${kb('RssShmem').toFixed(0)}`;
  } catch {
    return '';
  }
}

async function main(): Promise<void> {
  const reports = await officerReports(reportCount, 20);
  const browser = await openDocumentsBrowser(reports, `--expose-gc ${process.env.JS_FLAGS ?? ''}`);
  const { context, page, baseUrl, profile } = browser;
  try {
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const pid = browserPid(profile);
    const appRenderers = new Set(renderers(pid).keys());
    const tools = await context.newPage();
    await tools.goto(`${baseUrl}bench-tools.html`);
    await tools.evaluate(await pageScript(new URL('./in-page.ts', import.meta.url)));
    const others = new Set([...renderers(pid).keys()].filter((known) => !appRenderers.has(known)));
    const request: SeedRequest = {
      name: `Wrenmoor Board of ${items} items`,
      items,
      papers: reports.docx.slice(0, reportCount).map((file) => {
        const name = file.split('/').pop() ?? '';
        return { url: `${baseUrl}bench-papers/${name}`, name };
      }),
      minuteCharacters: 2_200,
    };
    const { meetingId } = await tools.evaluate(
      (r) => (globalThis as unknown as { chamberDocuments: DocumentsBench }).chamberDocuments.seedMeeting(r),
      request,
    );
    await tools.close();

    await page.goto(`${baseUrl}bench-tools.html`);
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const session = await context.newCDPSession(page);
    const workers = await workerHeaps(session);
    const report = async (moment: string) => {
      const heap = (await session.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
      const rss = largestRendererRss(pid, others);
      console.log(
        `${moment.padEnd(38)} renderer ${mb(rss)} MB; page heap ${mb(heap.usedSize)}/${mb(heap.totalSize)} MB; workers ${(await workers(false)).join(', ') || 'none'}`,
      );
    };
    const collected = async (moment: string) => {
      await session.send('HeapProfiler.collectGarbage');
      await workers(true);
      await pause(1_000);
      await report(`${moment}, all collected`);
    };
    await pause(3_000);
    await report('app opened');
    await page.goto(`${baseUrl}#/meetings/${meetingId}`);
    await page.getByRole('tab', { name: 'Papers' }).waitFor();
    await pause(5_000);
    await report('meeting opened');
    await page.getByRole('tab', { name: 'Papers' }).click();
    await page.getByRole('button', { name: button, exact: true }).waitFor();
    await pause(10_000);
    await report('Papers tab open 10 s');
    await collected('Papers tab open');
    for (let click = 1; click <= clicks; click += 1) {
      const downloaded = page.waitForEvent('download', { timeout: 10 * 60_000 });
      let peak = 0;
      // The renderer's largest while each step the progress bar names is shown (the page's thread is free).
      const byStep = new Map<string, number>();
      const kinds = new Map<string, string>();
      let step = 'pressed';
      let reading = false;
      const timer = setInterval(() => {
        const rss = largestRendererRss(pid, others);
        peak = Math.max(peak, rss);
        if (rss > (byStep.get(step) ?? 0)) kinds.set(step, residentKinds(pid, others));
        byStep.set(step, Math.max(byStep.get(step) ?? 0, rss));
        if (reading) return;
        reading = true;
        void page
          .evaluate(() =>
            [...document.querySelectorAll('[role="status"]')].map((node) => node.textContent ?? '').join(' '),
          )
          .then((text) => {
            const at = /step (\d+) of (\d+)/.exec(text);
            if (at) step = `step ${at[1]?.padStart(3)} of ${at[2]} ${text.split(':')[0]?.trim()}`;
          })
          .catch(() => undefined)
          .finally(() => (reading = false));
      }, 50);
      await page.getByRole('button', { name: button, exact: true }).click();
      await downloaded;
      clearInterval(timer);
      await report(`pack ${click} written (peak ${mb(peak)} MB)`);
      if (process.env.STEPS)
        for (const [said, rss] of byStep)
          console.log(`    ${mb(rss).padStart(4)} MB (${kinds.get(said) ?? ''})  ${said}`);
      await pause(10_000);
      await report(`pack ${click}, 10 s later`);
    }
    await collected(`after ${clicks} packs`);
    console.log(
      `load ${loadavg()
        .map((load) => load.toFixed(1))
        .join(' / ')}; ${new Date().toISOString()}`,
    );
  } finally {
    await browser.close();
  }
}

await main();
