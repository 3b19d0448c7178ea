import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

/**
 * BENCH_WORKER_PROFILE=folder: for each click, a CPU profile of the page's dedicated workers (the minutes and pack
 * workers: worker-<name>-<n>.cpuprofile, open in Chromium's DevTools) and a trace of the renderer's threads with
 * V8's compile and collection events (worker-trace-<n>.json), to tell a first press from a later one: compile
 * ("(program)" and lazy compiles), collection ("(garbage collector)", V8.GC* events), or waiting (idle samples, an
 * IndexedDB read). Playwright gives no CDP session to a worker, so the page's session attaches to them itself
 * (Target.setAutoAttach, unflattened: commands and answers go through Target.sendMessageToTarget).
 */
type Attached = { sessionId: string; name: string };

type Coverage = {
  result: {
    url: string;
    functions: { functionName: string; ranges: { startOffset: number; count: number }[] }[];
  }[];
};

/** Every function V8 says has run (best-effort coverage: those with a count), keyed by script and place. */
function ranFunctions(answer: unknown): Map<string, number> {
  const ran = new Map<string, number>();
  for (const script of (answer as Coverage | undefined)?.result ?? [])
    for (const fn of script.functions) {
      const count = fn.ranges[0]?.count ?? 0;
      if (count > 0)
        ran.set(`${script.url.split('/').pop()}@${fn.ranges[0]?.startOffset} ${fn.functionName}`, count);
    }
  return ran;
}

export async function startWorkerProfile(page: Page): Promise<() => Promise<void>> {
  // Sampling every 0.2 ms about doubles a build's CPU: the trace's figures are read without it unless asked for.
  const sampled = Boolean(process.env.BENCH_WORKER_SAMPLES);
  const session: CDPSession = await page.context().newCDPSession(page);
  const workers: Attached[] = [];
  let nextId = 1;
  const answers = new Map<number, (result: unknown) => void>();
  session.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type === 'worker') workers.push({ sessionId, name: targetInfo.title || targetInfo.url });
  });
  // A worker ended meanwhile (the Papers tab's page-count worker ends once it has answered) has nothing to stop.
  const gone = new Set<string>();
  session.on('Target.detachedFromTarget', ({ sessionId }) => {
    if (sessionId) gone.add(sessionId);
  });
  session.on('Target.receivedMessageFromTarget', ({ message }) => {
    const answer = JSON.parse(message) as { id?: number; result?: unknown; error?: unknown };
    if (answer.id === undefined) return;
    answers.get(answer.id)?.(answer.result ?? answer.error);
    answers.delete(answer.id);
  });
  const toWorker = async (sessionId: string, method: string, params: object = {}): Promise<unknown> => {
    const id = nextId++;
    // A worker that ended or never answers must not hang the bench.
    const answered = new Promise<unknown>((resolve) => {
      answers.set(id, resolve);
      setTimeout(() => resolve(undefined), 5_000);
    });
    try {
      await session.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    } catch {
      return undefined;
    }
    return answered;
  };
  await session.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  // Attached workers are announced at once for those already running.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const heapBefore = new Map<string, unknown>();
  const coverageBefore = new Map<string, Map<string, number>>();
  for (const worker of workers) {
    if (gone.has(worker.sessionId)) continue;
    await toWorker(worker.sessionId, 'Profiler.enable');
    await toWorker(worker.sessionId, 'Profiler.setSamplingInterval', { interval: 200 });
    heapBefore.set(worker.sessionId, await toWorker(worker.sessionId, 'Runtime.getHeapUsage'));
    coverageBefore.set(
      worker.sessionId,
      ranFunctions(await toWorker(worker.sessionId, 'Profiler.getBestEffortCoverage')),
    );
    if (sampled) await toWorker(worker.sessionId, 'Profiler.start');
  }
  const events: unknown[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const traced = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', {
    categories:
      'toplevel,devtools.timeline,v8,v8.execute,disabled-by-default-v8.compile,disabled-by-default-v8.gc,blink.user_timing,IndexedDB',
    transferMode: 'ReportEvents',
  });
  return async () => {
    await session.send('Tracing.end');
    await traced;
    const folder = process.env.BENCH_WORKER_PROFILE as string;
    const at = Date.now();
    await mkdir(folder, { recursive: true });
    for (const worker of workers) {
      if (gone.has(worker.sessionId)) continue;
      const stopped = sampled
        ? ((await toWorker(worker.sessionId, 'Profiler.stop')) as { profile: unknown } | undefined)
        : undefined;
      const heapAfter = await toWorker(worker.sessionId, 'Runtime.getHeapUsage');
      const before = coverageBefore.get(worker.sessionId) ?? new Map<string, number>();
      const after = ranFunctions(await toWorker(worker.sessionId, 'Profiler.getBestEffortCoverage'));
      const firstRun = [...after]
        .filter(([key]) => !before.has(key))
        .map(([key, count]) => `${count}\t${key}`);
      const name = worker.name.replace(/[^a-z0-9]+/gi, '_').slice(-40);
      if (stopped)
        await writeFile(join(folder, `worker-${name}-${at}.cpuprofile`), JSON.stringify(stopped.profile));
      await writeFile(join(folder, `worker-${name}-${at}.first-run.txt`), firstRun.join('\n'));
      console.log(`worker ${worker.name}: ${firstRun.length} functions ran for the first time in this press`);
      console.log(`worker ${worker.name}: heap before`, heapBefore.get(worker.sessionId), 'after', heapAfter);
    }
    await writeFile(join(folder, `worker-trace-${at}.json`), JSON.stringify(events));
    console.log(`worker threads in this press: ${workerThreadsText(events)}`);
    await session.detach();
  };
}

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
};

/**
 * Each dedicated worker thread's CPU in the press (its top-level tasks' thread time), beside V8's work in it: lazy
 * compiles (a function's first run), optimisations begun (Turbofan; Maglev), deoptimisations and collections.
 */
export function workerThreadsText(events: unknown[]): string {
  const all = events as TraceEvent[];
  const threads = new Map<string, string>();
  for (const event of all)
    if (event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'DedicatedWorker thread')
      threads.set(`${event.pid}:${event.tid}`, event.args.name);
  type Figure = {
    cpu: number;
    wall: number;
    lazy: number;
    turbofan: number;
    maglev: number;
    deopt: number;
    gc: number;
    gcMs: number;
  };
  const figures = new Map<string, Figure>();
  for (const event of all) {
    const thread = `${event.pid}:${event.tid}`;
    if (!threads.has(thread) || event.ph !== 'X') continue;
    const figure = figures.get(thread) ?? {
      cpu: 0,
      wall: 0,
      lazy: 0,
      turbofan: 0,
      maglev: 0,
      deopt: 0,
      gc: 0,
      gcMs: 0,
    };
    figures.set(thread, figure);
    const ms = (event.tdur ?? 0) / 1000;
    if (event.name === 'ThreadControllerImpl::RunTask') {
      figure.cpu += ms;
      figure.wall += (event.dur ?? 0) / 1000;
    }
    if (event.name === 'V8.CompileIgnition') figure.lazy += 1;
    if (event.name === 'V8.OptimizeConcurrentPrepare') figure.turbofan += 1;
    if (event.name === 'V8.MaglevConcurrentPrepare') figure.maglev += 1;
    if (event.name === 'V8.DeoptimizeCode') figure.deopt += 1;
    if (event.name === 'MinorGC' || event.name === 'MajorGC') {
      figure.gc += 1;
      figure.gcMs += ms;
    }
  }
  return [...figures.values()]
    .filter((figure) => figure.cpu > 1)
    .map(
      (f) =>
        `CPU ${f.cpu.toFixed(0)} ms in ${f.wall.toFixed(0)} ms of tasks, lazy compiles ${f.lazy}, Turbofan ${f.turbofan}, Maglev ${f.maglev}, deopts ${f.deopt}, collections ${f.gc} (${f.gcMs.toFixed(0)} ms CPU)`,
    )
    .join('; ');
}
