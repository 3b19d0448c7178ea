/**
 * What was going on around each long frame while typing: the main thread's long animation frames (Chromium's
 * Long Animation Frames API: script, style and layout, rendering, with what ran), the keys and writes in
 * flight, and any minute history copy stored then. A long animation frame whose script and rendering are short
 * was held up by something the API does not count: garbage collection outside script, which only the trace
 * (BENCH_TRACE) shows, another process, or no core free.
 */

/** A Long Animation Frame entry, as much as the report reads (all times page-relative, ms). */
export type LongAnimationFrame = {
  startTime: number;
  duration: number;
  renderStart: number;
  styleAndLayoutStart: number;
  blockingDuration: number;
  scripts: { invoker: string; sourceFunctionName: string; duration: number; startTime: number }[];
};

/** inWorker: the write was made in the typing worker, committedAt its complete event on the page's clock. */
export type StoredNotice = {
  coveredUpTo: number;
  startedAt: number;
  committedAt: number;
  inWorker?: boolean;
};

/** What the page recorded while the clerk typed (performance.now() times). */
export type TypingRun = {
  /** performance.now() in a keydown listener on the window (capture phase), before the page's own handlers. */
  keys: number[];
  /** The same keys' event timeStamps: when the browser received them, before they waited for the page. */
  keyEvents: number[];
  stored: StoredNotice[];
  /** The time of each animation frame (requestAnimationFrame's timestamp). */
  frameAt: number[];
  /**
   * performance.now() when each frame's callback actually ran. The timestamp above is the frame's begin time,
   * which a held-up frame can carry from before the hold-up, so its gaps can read shorter than the wait was.
   */
  ranAt: number[];
  loafs: LongAnimationFrame[];
  /** When each copy of a minute's earlier text was stored while typing (page time). */
  revisionsAt: number[];
};

/** Runs in the page: starts recording frames, keys, writes and long animation frames into `__bench`. */
export function startRecording(): void {
  const w = window as unknown as Record<string, unknown>;
  const run = {
    keys: [] as number[],
    keyEvents: [] as number[],
    stored: [] as unknown[],
    frameAt: [] as number[],
    ranAt: [] as number[],
    loafs: [] as unknown[],
    revisionsAt: [] as number[],
  };
  w.__bench = run;
  window.addEventListener(
    'keydown',
    (event) => {
      run.keys.push(performance.now());
      run.keyEvents.push(event.timeStamp);
    },
    true,
  );
  window.addEventListener('chamber:minute-stored', (event) => run.stored.push((event as CustomEvent).detail));
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const loaf = entry as unknown as LongAnimationFrame;
        run.loafs.push({
          startTime: loaf.startTime,
          duration: loaf.duration,
          renderStart: loaf.renderStart,
          styleAndLayoutStart: loaf.styleAndLayoutStart,
          blockingDuration: loaf.blockingDuration,
          scripts: loaf.scripts.map((script) => ({
            invoker: script.invoker,
            sourceFunctionName: script.sourceFunctionName,
            duration: script.duration,
            startTime: script.startTime,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame' });
  } catch {
    // An older browser without the API: the report says no long animation frames were seen.
  }
  const tick = (now: number) => {
    run.frameAt.push(now);
    run.ranAt.push(performance.now());
    if (!(w.__benchStop as boolean | undefined)) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The gaps between animation frames while typing (from the first key to the last write stored). */
export function typingFrames(run: TypingRun): { start: number; end: number; gap: number; index: number }[] {
  const from = run.keys[0] ?? 0;
  const to = Math.max(run.keys.at(-1) ?? 0, run.stored.at(-1)?.committedAt ?? 0) + 50;
  const frames = [];
  for (let n = 1; n < run.frameAt.length; n += 1) {
    const start = run.frameAt[n - 1] ?? 0;
    const end = run.frameAt[n] ?? 0;
    if (end >= from && start <= to) frames.push({ start, end, gap: end - start, index: n });
  }
  return frames;
}

/** One paragraph per frame longer than `overMs`, saying what overlapped it. */
export function describeLongFrames(run: TypingRun, overMs = 50): string[] {
  const from = run.keys[0] ?? 0;
  const at = (time: number) => `${((time - from) / 1000).toFixed(3)} s`;
  const long = typingFrames(run).filter((frame) => frame.gap > overMs);
  if (long.length === 0) return [`No frame over ${overMs} ms while typing.`];
  const lines: string[] = [];
  for (const frame of long) {
    const overlaps = (start: number, end: number) => end > frame.start && start < frame.end;
    const keyIndex = run.keys.findIndex((key) => key >= frame.start);
    lines.push(`Frame of ${ms(frame.gap)} at ${at(frame.start)} (key ${keyIndex + 1} of ${run.keys.length})`);
    const keys = run.keys.filter((key) => key >= frame.start && key <= frame.end);
    lines.push(`  keys during it: ${keys.length}`);
    for (const write of run.stored.filter((notice) => overlaps(notice.startedAt, notice.committedAt)))
      lines.push(
        `  write ${at(write.startedAt)} -> ${at(write.committedAt)} (${ms(write.committedAt - write.startedAt)})`,
      );
    for (const revision of run.revisionsAt.filter((time) => Math.abs(time - frame.start) < 200))
      lines.push(`  minute history copy stored at ${at(revision)}`);
    const loafs = run.loafs.filter((loaf) => overlaps(loaf.startTime, loaf.startTime + loaf.duration));
    if (loafs.length === 0)
      lines.push('  no long animation frame reported (script and rendering were short)');
    for (const loaf of loafs) {
      const script = loaf.scripts.reduce((sum, entry) => sum + entry.duration, 0);
      const render = loaf.startTime + loaf.duration - loaf.renderStart;
      lines.push(
        `  long animation frame ${at(loaf.startTime)}, ${ms(loaf.duration)}: scripts ${ms(script)}, rendering ${ms(loaf.renderStart ? render : 0)}, blocking ${ms(loaf.blockingDuration)}`,
      );
      for (const entry of [...loaf.scripts].sort((a, b) => b.duration - a.duration).slice(0, 4))
        lines.push(`    ${ms(entry.duration)} ${entry.invoker} ${entry.sourceFunctionName}`);
    }
  }
  return lines;
}

/** The main thread's long animation frames while typing (over 50 ms by the browser's own account). */
export function describeLongAnimationFrames(run: TypingRun): string[] {
  const from = run.keys[0] ?? 0;
  const to = Math.max(run.keys.at(-1) ?? 0, run.stored.at(-1)?.committedAt ?? 0) + 50;
  const loafs = run.loafs.filter((loaf) => loaf.startTime + loaf.duration >= from && loaf.startTime <= to);
  const longest = Math.max(0, ...loafs.map((loaf) => loaf.duration));
  return [
    `  long animation frames (main thread busy over 50 ms): ${loafs.length}, longest ${ms(longest)}, at ${loafs
      .map((loaf) => `${((loaf.startTime - from) / 1000).toFixed(2)} s (${ms(loaf.duration)})`)
      .join(', ')}`,
  ];
}

/** The longest wait between two frame callbacks while typing, by when they ran (see `ranAt`). */
export function longestCallbackGap(run: TypingRun): number {
  const from = run.keys[0] ?? 0;
  const to = Math.max(run.keys.at(-1) ?? 0, run.stored.at(-1)?.committedAt ?? 0) + 50;
  let longest = 0;
  for (let n = 1; n < run.ranAt.length; n += 1) {
    const start = run.ranAt[n - 1] ?? 0;
    const end = run.ranAt[n] ?? 0;
    if (end >= from && start <= to) longest = Math.max(longest, end - start);
  }
  return longest;
}

/**
 * The most work the page itself did in one frame while typing: a long animation frame's scripts and its
 * rendering (style, layout, paint), by the browser's own account. A frame far longer than this was held up by
 * something else: no core free on a loaded machine, or garbage collection outside script (see BENCH_TRACE).
 */
export function longestPageWork(run: TypingRun): number {
  const from = run.keys[0] ?? 0;
  const to = Math.max(run.keys.at(-1) ?? 0, run.stored.at(-1)?.committedAt ?? 0) + 50;
  const work = run.loafs
    .filter((loaf) => loaf.startTime + loaf.duration >= from && loaf.startTime <= to)
    .map((loaf) => {
      const scripts = loaf.scripts.reduce((sum, entry) => sum + entry.duration, 0);
      const rendering = loaf.renderStart ? loaf.startTime + loaf.duration - loaf.renderStart : 0;
      return scripts + rendering;
    });
  return Math.max(0, ...work);
}
