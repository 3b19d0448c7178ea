import { readFileSync, readdirSync } from 'node:fs';

/** The browser's main process: the one started with this profile folder that is not a child type. */
export function browserPid(profile: string): number {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (command.includes(profile) && !command.includes('--type=')) return Number(name);
    } catch {
      // The process ended while we looked.
    }
  }
  throw new Error('Could not find the browser process.');
}

/** Renderer processes under the browser, with their resident memory in bytes. */
export function renderers(rootPid: number): Map<number, number> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const found = new Map<number, number>();
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    queue.push(...(children.get(pid) ?? []));
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const pages = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[21]);
      found.set(pid, pages * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/** The largest renderer not in `others` (the page measured, with its workers), in bytes. */
export function largestRendererRss(rootPid: number, others: ReadonlySet<number> = new Set()): number {
  let largest = 0;
  for (const [pid, rss] of renderers(rootPid)) if (!others.has(pid)) largest = Math.max(largest, rss);
  return largest;
}

/** Sample the page's renderer (the largest not in `others`) every 50 ms until stopped; returns its peak, in MB. */
export function samplePeakRenderer(rootPid: number, others: ReadonlySet<number>): () => number {
  let peak = largestRendererRss(rootPid, others);
  const timer = setInterval(() => {
    peak = Math.max(peak, largestRendererRss(rootPid, others));
  }, 50);
  return () => {
    clearInterval(timer);
    peak = Math.max(peak, largestRendererRss(rootPid, others));
    return peak / 1024 ** 2;
  };
}

/**
 * The CPU the renderers not in `others` have used so far, every thread (pages and their workers), in ms. On a
 * loaded machine the time a click takes is mostly waiting for a core; the CPU it used says how much work it was.
 * Every renderer counts, not only the largest: a navigation may leave the page in a new process beside the old.
 */
export function renderersCpuMs(rootPid: number, others: ReadonlySet<number> = new Set()): number {
  let total = 0;
  for (const pid of renderers(rootPid).keys()) {
    if (others.has(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime, fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
      total += (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}
