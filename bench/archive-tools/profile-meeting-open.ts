/**
 * Where opening a meeting goes: `npx tsx bench/archive-tools/profile-meeting-open.ts PROFILE_DIR` serves the
 * built renderer (RENDERER_OUT, default dist/renderer), opens the kept archive profile in Chromium, and opens
 * the benchmark's 40-item meeting from its committee's meeting list RUNS times (default 5), timed as the
 * benchmark times it (route change to the last item's title in the page). With CPU_PROFILE=1 each open is
 * sampled by Chromium's profiler and the functions with most self time are printed. For diagnosis, not a figure.
 */
import { launchOn } from './cold-start';
import { serveKeptProfile } from './kept-profile';
import { endTrace, startTrace, summariseTrace } from './trace-summary';
import { timeToText } from './ui-timing';

const [profileDir] = process.argv.slice(2);
if (!profileDir) throw new Error('Give the kept archive profile directory (ARCHIVE_BENCH_PROFILE).');
const runs = Number(process.env.RUNS ?? 5);
const { origin, close } = await serveKeptProfile(profileDir);
// The same browser flags and window as the benchmark's.
const { context, page } = await launchOn(profileDir);
/**
 * The benchmark's meeting: the newest approved meeting with 40 items (bench/archive-tools/in-page.ts). Plain
 * JavaScript text: the TypeScript runner would wrap named inner functions in a helper the page does not have.
 */
const findScript = `new Promise((resolve, reject) => {
  const open = indexedDB.open('chamber');
  open.onsuccess = () => {
    const tx = open.result.transaction(['meetings', 'agendaItems']);
    const get = tx.objectStore('meetings').index('status').getAll('minutesApproved');
    get.onsuccess = () => {
      const meetings = get.result;
      const pick = (at) => {
        const meeting = meetings[at];
        if (!meeting) return reject(new Error('No 40-item meeting: run the archive benchmark once.'));
        const items = tx.objectStore('agendaItems').index('meetingId').getAll(meeting.id);
        items.onsuccess = () => {
          const list = items.result.sort((a, b) => a.order - b.order);
          if (list.length < 40) return pick(at - 1);
          resolve({ meetingId: meeting.id, committeeId: meeting.committeeId, lastTitle: list.at(-1).title });
        };
      };
      pick(meetings.length - 1);
    };
  };
})`;
type Node = {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
};
type Profile = { nodes: Node[]; samples?: number[]; timeDeltas?: number[] };
try {
  page.on('console', (message) => console.log('page:', message.text()));
  page.on('pageerror', (error) => console.log('page error:', error.message));
  await page.goto(`${origin}#/`);
  console.log('Finding the 40-item meeting...');
  const found = await page.evaluate<{ meetingId: string; committeeId: string; lastTitle: string }>(
    findScript,
  );
  console.log(`Meeting ${found.meetingId}, last item "${found.lastTitle}", committee ${found.committeeId}.`);
  const cdp = await context.newCDPSession(page);
  const sampling = process.env.CPU_PROFILE === '1';
  // TRACE=1: a Chromium trace of each open, printed as the main thread's tasks between the route change and the
  // last title in the page (what ran, and the gaps where it waited).
  const tracing = process.env.TRACE === '1';
  if (sampling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  }
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    // FRESH=1: each open in a newly loaded app, as the benchmark's first open is (its code not yet fetched).
    if (process.env.FRESH === '1') await page.goto('about:blank');
    await page.goto(`${origin}#/committees/${found.committeeId}`);
    await page.getByRole('table', { name: 'Meetings' }).getByRole('row').nth(1).waitFor();
    // As the benchmark does, the open starts as soon as the list has a row (WAIT=ms lets the list settle first).
    if (process.env.WAIT) await page.waitForTimeout(Number(process.env.WAIT));
    if (sampling) await cdp.send('Profiler.start');
    if (tracing) await startTrace(cdp);
    times.push(await timeToText(page, `#/meetings/${found.meetingId}`, found.lastTitle));
    const traced = tracing ? summariseTrace(await endTrace(cdp)) : undefined;
    if (traced) cpuTimes.push(traced.cpuMs);
    if (!sampling) continue;
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parentOf = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
    const nameOf = (node: Node | undefined) =>
      node
        ? `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`
        : '?';
    (profile.samples ?? []).forEach((id, index) => {
      const ms = (profile.timeDeltas?.[index] ?? 0) / 1000 / runs;
      self.set(nameOf(byId.get(id)), (self.get(nameOf(byId.get(id))) ?? 0) + ms);
      // Inclusive: each function on the sample's stack once (a component's render, its hooks included).
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
        const name = nameOf(byId.get(at));
        if (seen.has(name)) continue;
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
      }
    });
  }
  console.log(`Open times: ${times.map((t) => t.toFixed(1)).join(', ')} ms`);
  const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const least = (values: number[]) => Math.min(...values).toFixed(1);
  // Under load the median mostly measures waiting for a core; the quickest runs show the work itself.
  console.log(`Quickest: ${least(times)} ms`);
  if (tracing) {
    console.log(
      `Main thread processor time, median: ${middle(cpuTimes)?.toFixed(1)} ms, least ${least(cpuTimes)} ms`,
    );
  }
  console.log(`Median: ${[...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]?.toFixed(1)} ms`);
  if (process.env.SCREENSHOT) {
    await page.waitForTimeout(500);
    await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true });
    // And the drag hint over a handle the pointer rests on, to compare its look.
    await page.getByRole('button', { name: /^Reorder item 3,/ }).hover();
    await page.waitForTimeout(600);
    await page.screenshot({
      path: process.env.SCREENSHOT.replace(/\.png$/, '-hint.png'),
      clip: { x: 0, y: 300, width: 1280, height: 400 },
    });
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40));
  for (const [name, msSelf] of top) console.log(`${msSelf.toFixed(2).padStart(8)} ms/open  ${name}`);
  if (sampling) console.log('Inclusive (the function and what it called):');
  const wide = [...inclusive]
    .filter(
      ([name]) => !/^\(|^ |performWorkUntilDeadline|workLoop|flushWork|renderRootSync|performWork/.test(name),
    )
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.TOP ?? 40) * 2);
  for (const [name, msAll] of wide) console.log(`${msAll.toFixed(2).padStart(8)} ms/open  ${name}`);
} finally {
  await context.close();
  await close();
}
