/**
 * `npm run bench documents`: what the clerk waits for when saving the agenda pack and the minutes, from the click
 * on the Papers tab's button to the file complete on disk, in real Chromium against the built renderer (as the
 * end-to-end tests run it), at 10, 40 and 160 items. The papers are officers' reports made by LibreOffice (prose,
 * headings, two tables, a footnote, a chart picture; 19-20 pages each): 6, 25 and 100 of them. Beside each click,
 * in the same browser and run: (a) the builder alone on the page's thread, from data already read, and (b) fflate
 * zipping the same parts (pictures stored, the rest deflated): the fastest raw way to write the same file.
 * The first run after a fresh start of the page is reported beside the median of the later runs (twice: pressed as
 * soon as the button can be, and after the page has sat idle a few seconds, as a clerk reading it would), and the click
 * and the baselines swap places each run (so neither always runs in the memory or caches the other left behind).
 *
 * Targets (issue 25): the 40-item pack with 25 reports under 3 s; 160 items with 100 reports linear in the
 * papers' size, the page under 500 MB; no frame over 50 ms while a document is made; the minutes of 40 items
 * within 2.5x fflate; the first press as fast as the second.
 *
 * Sizes: BENCH_SIZES=10,40,160 (default), BENCH_RUNS (default 5 runs up to 40 items, 3 at 160), and
 * BENCH_DOCUMENTS=pack,minutes. BENCH_WORKER_PROFILE=folder traces the document workers over each click and prints
 * their CPU, lazy compiles, optimisations and collections (documents-tools/worker-profile.ts; BENCH_WORKER_SAMPLES=1
 * adds a sampled CPU profile, BENCH_UNMINIFIED=1 keeps the functions' names). A run of the defaults takes about 5-10 minutes on a loaded 2-core machine; the reports are made once (a few
 * minutes of LibreOffice) and kept in ~/.cache/chamber-bench.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { pageScript } from './archive-tools/bundle';
import { openDocumentsBrowser } from './documents-tools/bench-browser';
import { clickToFile, type ClickRun } from './documents-tools/click-to-file';
import { browserPid, renderers } from './documents-tools/memory';
import { officerReports } from './documents-tools/officer-reports';
import type { DocumentsBench, SeedRequest } from './documents-tools/in-page';
import { printGrowth, type SizeFigures } from './documents-tools/figures';
import { frameFloor } from './documents-tools/frames';
import { medianSteps, minutesSteps, stepsText, type MinutesSteps } from './documents-tools/minutes-steps';

const sizes = (process.env.BENCH_SIZES ?? '10,40,160').split(',').map(Number);
/** The first run and four more (two more at 160 items, where a run takes most of a minute on a loaded machine). */
const runsFor = (items: number) => Math.max(2, Number(process.env.BENCH_RUNS ?? (items > 40 ? 3 : 5)));
const kinds = (process.env.BENCH_DOCUMENTS ?? 'pack,minutes').split(',') as Kind[];
/** 25 reports for 40 items, as the issue measured; 100 for 160. */
const reportsFor = (items: number) => Math.round((items * 25) / 40);
const minuteCharacters = 2_200;

type Kind = 'pack' | 'minutes';
const buttons: Record<Kind, string> = {
  pack: 'Save agenda pack (.docx)',
  minutes: 'Save the minutes (.docx)',
};
type Tools = { chamberDocuments: DocumentsBench };
type Step = 'click' | 'builder';

async function main(): Promise<void> {
  const reports = await officerReports(reportsFor(Math.max(...sizes)), 20);
  console.log('Building the renderer...');
  const browser = await openDocumentsBrowser(reports, '--expose-gc');
  const { context, page, baseUrl, profile } = browser;
  try {
    if (process.env.BENCH_DEBUG) page.on('pageerror', (error) => console.log('page error:', error.message));
    // BENCH_CONSOLE: what the page and its workers log, to time a step from inside while tracing a figure.
    if (process.env.BENCH_CONSOLE) page.on('console', (message) => console.log('page:', message.text()));
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const pid = browserPid(profile);
    const appRenderers = new Set(renderers(pid).keys());
    // The baselines run in a tab of their own (its own renderer process), so the page's memory is the app's.
    const tools = await context.newPage();
    await tools.goto(`${baseUrl}bench-tools.html`);
    await tools.evaluate(await pageScript(new URL('./documents-tools/in-page.ts', import.meta.url)));
    const toolRenderers = new Set([...renderers(pid).keys()].filter((known) => !appRenderers.has(known)));

    const meetings = new Map<number, { meetingId: string; paperBytes: number }>();
    for (const items of sizes) {
      const started = Date.now();
      const request: SeedRequest = {
        name: `Wrenmoor Board of ${items} items`,
        items,
        papers: reports.docx.slice(0, reportsFor(items)).map((file) => {
          const name = file.split('/').pop() ?? '';
          return { url: `${baseUrl}bench-papers/${name}`, name };
        }),
        minuteCharacters,
      };
      meetings.set(
        items,
        await tools.evaluate(
          (r) => (globalThis as unknown as Tools).chamberDocuments.seedMeeting(r),
          request,
        ),
      );
      console.log(
        `Keyed a meeting of ${items} items with ${request.papers.length} reports, minuted, in ${((Date.now() - started) / 1000).toFixed(0)} s`,
      );
    }

    const results: Record<Kind, SizeFigures[]> = { pack: [], minutes: [] };
    /** Where the minutes' presses spent their time, by size: the first soon after a start, then every later one. */
    const minutesPresses: string[] = [];
    for (const kind of kinds) {
      for (const items of sizes) {
        const meeting = meetings.get(items)!;
        // A fresh start of the page: the first press soon after it (as soon as the button can be pressed, before
        // anything started ahead of it has had time), then again after the page has sat idle a few seconds.
        const freshStart = async () => {
          await page.goto(`${baseUrl}bench-tools.html`);
          await page.goto(`${baseUrl}#/meetings/${meeting.meetingId}`);
          await page.getByRole('tab', { name: 'Papers' }).click();
          await page.getByRole('button', { name: buttons[kind], exact: true }).waitFor();
        };
        await freshStart();
        const soonFirst = await clickToFile(page, buttons[kind], pid, toolRenderers);
        // The minutes name their steps (keys just typed stored, the worker's read and build, the messages, the hand-over).
        const soonSteps = kind === 'minutes' ? await minutesSteps(page, soonFirst.ms) : undefined;
        const steps: (MinutesSteps | undefined)[] = [];
        console.log(
          `${kind} ${items} items, first press soon after a start: ${soonFirst.ms.toFixed(0)} ms${kind === 'minutes' ? ` (${stepsText(soonSteps)})` : ''}`,
        );
        await freshStart();
        const floor = await frameFloor(page);
        const figures: SizeFigures = {
          floor,
          items,
          papers: kind === 'pack' ? reportsFor(items) : 0,
          paperMb: kind === 'pack' ? meeting.paperBytes / 1e6 : 0,
          soonFirst,
          clicks: [],
          builder: [],
          zip: [],
          parts: 0,
        };
        for (let run = 0; run < runsFor(items); run += 1) {
          // The click first in even runs, the builder (then fflate on its parts) first in odd ones.
          const order: Step[] = run % 2 === 0 ? ['click', 'builder'] : ['builder', 'click'];
          for (const step of order) {
            if (step === 'click') {
              const click: ClickRun = await clickToFile(page, buttons[kind], pid, toolRenderers);
              figures.clicks.push(click);
              if (kind === 'minutes') steps.push(await minutesSteps(page, click.ms));
            } else {
              // In front while it works, as the clerk's page is for the click (a page behind is slowed).
              await tools.bringToFront();
              const built = await tools.evaluate(
                ([which, id]) =>
                  (globalThis as unknown as Tools).chamberDocuments[
                    which === 'pack' ? 'packBuilder' : 'minutesBuilder'
                  ](id),
                [kind, meeting.meetingId] as const,
              );
              figures.builder.push(built.ms);
              const zipped = await tools.evaluate(() =>
                (globalThis as unknown as Tools).chamberDocuments.rawZip(),
              );
              figures.zip.push(zipped.ms);
              figures.parts = zipped.parts;
              figures.zipBytes = zipped.bytes;
            }
          }
          console.log(
            `${kind} ${items} items, run ${run + 1} (${order.join(' then ')}): click to file ${figures.clicks.at(-1)?.ms.toFixed(0)} ms${kind === 'minutes' ? ` (${stepsText(steps.at(-1))})` : ''}, builder ${figures.builder.at(-1)?.toFixed(0)} ms, fflate ${figures.zip.at(-1)?.toFixed(0)} ms`,
          );
        }
        if (kind === 'minutes')
          minutesPresses.push(
            `- minutes ${items} items, where each press's time went: first soon after a start ${stepsText(soonSteps)}; first after the page sat idle ${stepsText(steps[0])}; later presses, median of each step, ${stepsText(medianSteps(steps.slice(1)))}`,
          );
        results[kind].push(figures);
      }
      printGrowth(kind, results[kind]);
      if (kind === 'minutes') for (const line of minutesPresses) console.log(line);
    }
    const machine = `${cpus().length} x ${cpus()[0]?.model.trim()}, ${(totalmem() / 1024 ** 3).toFixed(1)} GB, ${context.browser()?.version() ?? 'Chromium'}, Node ${process.version}`;
    console.log(
      `\nMachine: ${machine}; load average at the end ${loadavg()
        .map((load) => load.toFixed(1))
        .join(' / ')}; ${new Date().toISOString()}`,
    );
  } finally {
    await browser.close();
  }
}

await main();
