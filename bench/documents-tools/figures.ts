import type { ClickRun } from './click-to-file';
import type { FrameFloor } from './frames';

/** What one size of one document measured, run by run (the first run first). */
export type SizeFigures = {
  items: number;
  papers: number;
  paperMb: number;
  /** The first press as soon as the button could be pressed after a fresh start (`clicks[0]` is after idle). */
  soonFirst?: ClickRun;
  clicks: ClickRun[];
  builder: number[];
  zip: number[];
  parts: number;
  zipBytes?: number;
  /** The longest frames the page drew before the clicks, idle and beside a busy plain worker (frames.ts). */
  floor?: FrameFloor;
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};
/** Every press of a size, the first soon after a start among them: frames, tasks and memory count them all. */
const everyClick = (size: SizeFigures): ClickRun[] => [
  ...(size.soonFirst ? [size.soonFirst] : []),
  ...size.clicks,
];

/** The median of the runs after the first (the first is reported on its own). */
export const later = (values: number[]) => median(values.slice(1));
const ms = (value: number) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`);
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}x`;

/** One line of the growth table, as Markdown, for the terminal and bench/RESULTS.md alike. */
function row(kind: string, size: SizeFigures): string {
  const clicks = size.clicks.map((click) => click.ms);
  const click = later(clicks);
  const builder = later(size.builder);
  const zip = later(size.zip);
  const fileMb = (size.clicks.at(-1)?.bytes ?? 0) / 1e6;
  const every = everyClick(size);
  const frame = Math.max(...every.map((run) => run.longestFrameMs));
  const task = Math.max(...every.map((run) => run.longestTaskMs));
  const lastStep = later(size.clicks.map((run) => (run.lastStepMs / run.ms) * 100));
  const renderer = Math.max(...every.map((run) => run.rendererPeakMb));
  const papers = size.papers ? `${size.papers} (${size.paperMb.toFixed(1)} MB)` : '-';
  return `| ${kind} | ${size.items} | ${papers} | ${fileMb >= 1 ? `${fileMb.toFixed(1)} MB` : `${(fileMb * 1000).toFixed(0)} kB`} | ${ms(size.soonFirst?.ms ?? NaN)} (${ratio(size.soonFirst?.ms ?? NaN, click)}) | ${ms(clicks[0] ?? NaN)} | ${ms(click)} | ${ratio(clicks[0] ?? NaN, click)} | ${ms(size.builder[0] ?? NaN)} / ${ms(builder)} | ${ms(zip)} | ${ratio(click, zip)} | ${ratio(builder, zip)} | ${frame.toFixed(0)} ms | ${task ? `${task.toFixed(0)} ms` : 'none over 50 ms'} | ${lastStep.toFixed(0)}% | ${renderer.toFixed(0)} MB |`;
}

export const growthHeader = [
  '| Document | Items | Reports | File | First press soon after a start (/ later) | First press after the page sat idle | Click to file, median of later | First after idle / later | Builder alone, first / median | fflate, same parts | Click / fflate | Builder / fflate | Longest frame | Longest task on the page’s thread | Bar at last step (share of wait) | Page renderer peak |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];

/** The growth table of one document, then how time, size and memory grow per item (and per MB of papers). */
export function printGrowth(kind: string, sizes: SizeFigures[]): string[] {
  const lines = [...growthHeader, ...sizes.map((size) => row(kind, size))];
  for (const size of sizes) {
    if (!size.floor) continue;
    const frame = Math.max(...everyClick(size).map((run) => run.longestFrameMs));
    lines.push(
      `- ${kind} ${size.items} items: longest frame ${frame.toFixed(0)} ms while made; the same page before the clicks, idle ${size.floor.idleMs.toFixed(0)} ms and beside a plain busy worker ${size.floor.busyWorkerMs.toFixed(0)} ms (${ratio(frame, size.floor.busyWorkerMs)} that)`,
    );
  }
  for (let n = 1; n < sizes.length; n += 1) {
    const [a, b] = [sizes[n - 1], sizes[n]] as [SizeFigures, SizeFigures];
    const items = b.items - a.items;
    const clickA = later(a.clicks.map((run) => run.ms));
    const clickB = later(b.clicks.map((run) => run.ms));
    const bytes = (run?: ClickRun) => run?.bytes ?? 0;
    const memory = (size: SizeFigures) => Math.max(...everyClick(size).map((run) => run.rendererPeakMb));
    const cpu = (size: SizeFigures) => later(size.clicks.map((run) => run.rendererCpuMs));
    const cpuGrowth = `; the app's renderers' CPU per click (page and workers, median of later runs) ${ms(cpu(a))} to ${ms(cpu(b))}, x${(cpu(b) / cpu(a)).toFixed(1)} for ${b.paperMb > 0 ? `papers x${(b.paperMb / a.paperMb).toFixed(1)}` : `items x${(b.items / a.items).toFixed(0)}`}`;
    const perMb =
      b.paperMb > a.paperMb
        ? `, ${((clickB - clickA) / (b.paperMb - a.paperMb)).toFixed(0)} ms per MB of reports`
        : '';
    lines.push(
      `- ${kind} ${a.items} to ${b.items} items: ${((clickB - clickA) / items).toFixed(1)} ms per item${perMb} (time x${(clickB / clickA).toFixed(1)} for items x${(b.items / a.items).toFixed(0)}), file ${((bytes(b.clicks.at(-1)) - bytes(a.clicks.at(-1))) / items / 1e3).toFixed(0)} kB per item, page renderer ${((memory(b) - memory(a)) / items).toFixed(1)} MB per item${cpuGrowth}`,
    );
  }
  console.log(`\n${lines.join('\n')}\n`);
  return lines;
}
