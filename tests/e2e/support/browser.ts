import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumPath } from '../../../scripts/system-deps.mjs';

/** Flags that keep Debian's Chromium from reaching for a network these machines do not have. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // As the desktop app starts Chromium (electron/main/locale.ts): date and time boxes as a British clerk sees them.
  '--lang=en-GB',
];

export type Chamber = { context: BrowserContext; page: Page; profile: string };

/** The Chambers opened by the test running now: support/close-after-each.ts closes them when it ends. */
export const openedChambers: Chamber[] = [];

/**
 * Profile folders made for the test file running now. A laptop's profile is 50-150 MB once Chamber has run in
 * it; support/close-after-each.ts removes them, or a CI machine fills its disk after a few runs (2,478 were
 * found left in /tmp).
 */
export const madeProfiles: string[] = [];

export async function newProfile(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'chamber-profile-'));
  madeProfiles.push(folder);
  return folder;
}

/**
 * Start Chromium with a profile folder (a clerk's laptop) and open Chamber in it. A fresh install opens on the
 * first-run screen; tests of other screens start as a clerk who skipped it, unless `firstRun` asks for it.
 */
export async function openChamber(profile?: string, { firstRun = false } = {}): Promise<Chamber> {
  const folder = profile ?? (await newProfile());
  const context = await chromium.launchPersistentContext(folder, {
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  if (!firstRun) {
    await context.addInitScript(() => localStorage.setItem('chamber.first-run-skipped', 'yes'));
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const chamber = { context, page, profile: folder };
  openedChambers.push(chamber);
  await page.goto(inject('baseUrl'));
  return chamber;
}

export function appUrl(path = ''): string {
  return `${inject('baseUrl')}#/${path.replace(/^\//, '')}`;
}

export { join };
