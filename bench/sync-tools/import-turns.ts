/**
 * Old and new import code taking turns in one page (not part of `npm run bench`): `npx tsx
 * bench/sync-tools/import-turns.ts <old tree>` bundles bench/sync-tools/in-page.ts from another checkout (the
 * old code) and from this one (the new), evaluates both in one Chromium page, stores the small archive, has
 * each export it, and then imports the file into an emptied database ROUNDS times (7 by default), old, new
 * and the raw bulk write of the same rows in rotating order. A loaded machine slows the three alike within a
 * round, where whole bench runs one after another meet different loads. Prints medians of the clock and of
 * the renderer's CPU (from /proc), and the new code's User Timing marks named "imp:..." if it sets any.
 */
import { rm } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { pageScript } from '../archive-tools/bundle';
import { openSyncBenchPage } from './bench-page';
import { smallArchive } from '../../renderer/domain/archive';
import { toIsoDate } from '../../renderer/domain/en-gb';

const oldTree = process.argv[2] ?? '';
if (!oldTree) throw new Error('Give the old checkout: npx tsx bench/sync-tools/import-turns.ts /work/main');
const rounds = Number(process.env.ROUNDS ?? 7);

type Step = { ms: number; value: unknown };

function rendererCpuMs(profile: string): number {
  let total = 0;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (!command.includes(profile) || !command.includes('--type=renderer')) continue;
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN;

async function call(page: Page, side: string, step: string, arg?: unknown): Promise<Step> {
  return page.evaluate(
    ([where, name, value]) => {
      const tools = (globalThis as unknown as Record<string, Record<string, (arg?: unknown) => unknown>>)[
        where
      ];
      return tools?.[name]?.(value) as Promise<Step>;
    },
    [side, step, arg] as const,
  );
}

async function main(): Promise<void> {
  const oldScript = await pageScript(pathToFileURL(resolve(oldTree, 'bench/sync-tools/in-page.ts')));
  const newScript = await pageScript(new URL('./in-page.ts', import.meta.url));
  const { profile, context, page } = await openSyncBenchPage('Import turns');
  try {
    await page.evaluate(oldScript);
    await page.evaluate(() => {
      const all = globalThis as unknown as Record<string, unknown>;
      all.oldSync = all.chamberSync;
    });
    await page.evaluate(newScript);
    await page.evaluate(() => {
      const all = globalThis as unknown as Record<string, unknown>;
      all.newSync = all.chamberSync;
    });
    await page.evaluate(
      (options) =>
        (
          globalThis as unknown as { newSync: { loadArchive: (o: unknown) => Promise<unknown> } }
        ).newSync.loadArchive(options),
      { ...smallArchive, today: toIsoDate(new Date()) },
    );
    for (const side of ['oldSync', 'newSync']) {
      await call(page, side, 'ourExport');
      await call(page, side, 'joinFile');
    }
    await call(page, 'newSync', 'keepRows');
    const steps = [
      ['old', 'oldSync', 'ourImportFresh'],
      ['new', 'newSync', 'ourImportFresh'],
      ['raw', 'newSync', 'rawImportKept'],
    ] as const;
    const times = new Map<string, number[]>();
    const cpu = new Map<string, number[]>();
    const checking = new Map<string, number[]>();
    const marks = new Map<string, number[]>();
    const loads: string[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const at of steps.keys()) {
        const [label, side, step] = steps[(at + round) % steps.length] as (typeof steps)[number];
        await page.evaluate(() => performance.clearMarks());
        const before = rendererCpuMs(profile);
        const { ms, value } = await call(page, side, step);
        const used = rendererCpuMs(profile) - before;
        times.set(label, [...(times.get(label) ?? []), ms]);
        cpu.set(label, [...(cpu.get(label) ?? []), used]);
        if (label !== 'raw') checking.set(label, [...(checking.get(label) ?? []), value as number]);
        if (label === 'new') {
          const found = await page.evaluate(() =>
            performance
              .getEntriesByType('mark')
              .filter((mark) => mark.name.startsWith('imp:'))
              .map((mark) => [mark.name, mark.startTime] as const),
          );
          for (let index = 1; index < found.length; index += 1) {
            const [name, time] = found[index] as readonly [string, number];
            const gap = time - (found[index - 1] as readonly [string, number])[1];
            marks.set(name, [...(marks.get(name) ?? []), gap]);
          }
        }
      }
      loads.push(loadavg()[0]?.toFixed(1) ?? '?');
    }
    const raw = median(times.get('raw') ?? []);
    for (const [label] of steps) {
      const list = times.get(label) ?? [];
      console.log(
        `${label}: median ${median(list).toFixed(0)} ms (${list.map((ms) => ms.toFixed(0)).join(' ')}); renderer CPU ${median(cpu.get(label) ?? []).toFixed(0)} ms; ${label === 'raw' ? '' : `checking ${median(checking.get(label) ?? []).toFixed(0)} ms; `}/ raw ${(median(list) / raw).toFixed(2)}x`,
      );
    }
    for (const [name, list] of marks)
      console.log(`  new ${name}: median ${median(list).toFixed(1)} ms since the mark before`);
    console.log(`1-minute load after each round: ${loads.join(' ')}; ${new Date().toISOString()}`);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

await main();
