/**
 * `npm run bench upgrade`: how long a clerk's laptop takes, the first time it opens this Chamber, to upgrade a
 * council's archive from version 2 (each record's field stamps in a row of its own) to version 3 (the stamps
 * in the records' own rows). In real Chromium on its real IndexedDB. No target is set for it; the raw
 * baseline beside it is the time to store the same archive as version 2 (records and clock rows), which the
 * upgrade must at least read and write again. UPGRADE_BENCH_SCALE: "full" (the default, the sync
 * benchmark's 12 years), "small", or a share between 0 and 1 of the 25 committees.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../scripts/system-deps.mjs';
import { pageScript } from './archive-tools/bundle';
import { fullArchive, smallArchive } from '../renderer/domain/archive';
import { toIsoDate } from '../renderer/domain/en-gb';
import type { UpgradeBench } from './upgrade-tools/in-page';

const scaleName = process.env.UPGRADE_BENCH_SCALE ?? 'full';
const share = Number(scaleName);
const scale =
  scaleName === 'small'
    ? smallArchive
    : scaleName === 'full' || !(share > 0 && share < 1)
      ? fullArchive
      : { ...fullArchive, committees: Math.max(1, Math.round(fullArchive.committees * share)) };

type Tools = { chamberUpgrade: UpgradeBench };

async function main(): Promise<void> {
  const script = await pageScript(new URL('./upgrade-tools/in-page.ts', import.meta.url));
  const profile = await mkdtemp(join(tmpdir(), 'chamber-upgrade-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const blank = 'http://localhost:9/upgrade-bench.html';
    await context.route(blank, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Upgrade benchmark</title>' }),
    );
    await page.goto(blank);
    await page.evaluate(script);
    console.log(
      `Storing the archive as version 2 (${scale.committees} committees x ${scale.years} years)...`,
    );
    const stored = Date.now();
    const counts = await page.evaluate(
      (options) => (globalThis as unknown as Tools).chamberUpgrade.storeVersion2(options),
      { ...scale, today: toIsoDate(new Date()) },
    );
    const storeMs = Date.now() - stored;
    const records = Object.entries(counts ?? {})
      .filter(([name]) => name !== 'documentBytes')
      .reduce((sum, [, count]) => sum + count, 0);
    const upgrade = await page.evaluate(() =>
      (globalThis as unknown as Tools).chamberUpgrade.openAndUpgrade(),
    );
    console.log(
      [
        `Scale ${scaleName}: ${records} records, each with a clock row`,
        `upgrade to version ${upgrade.version} on first open: ${(upgrade.ms / 1000).toFixed(1)} s; clock rows left (tombstones): ${upgrade.clockRowsLeft}`,
        `storing the same archive as version 2 (records and clock rows, in batches): ${(storeMs / 1000).toFixed(1)} s`,
        `Machine: ${cpus().length} x ${cpus()[0]?.model.trim()}; load average ${loadavg()
          .map((value) => value.toFixed(1))
          .join(' ')}; ${new Date().toISOString()}`,
      ].join('\n'),
    );
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

await main();
