import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath } from '../../../scripts/system-deps.mjs';
import { chromiumArgs } from './browser';

/**
 * Chromium started by hand, so a test can kill it the way a flat battery does: SIGKILL, no goodbye. Playwright
 * only attaches over the DevTools protocol; it does not own the process.
 */
export type RawChromium = { process: ChildProcess; browser: Browser; page: Page };

export async function startChromium(profile: string): Promise<RawChromium> {
  const child = spawn(
    chromiumPath(),
    [
      ...chromiumArgs,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--window-size=1280,900',
      '--lang=en-GB',
      'about:blank',
    ],
    // Its own process group, so the test can clear up any renderer left behind after the kill.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TZ: 'Europe/London' } },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen.slice(-500)}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`Chromium exited (${code}) before it started: ${seen.slice(-500)}`)),
    );
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium started without its default profile context.');
  const page = context.pages()[0] ?? (await context.newPage());
  return { process: child, browser, page };
}

/** Pull the plug: SIGKILL the browser process, then anything left of its group, and wait until it is gone. */
export async function killChromium(raw: RawChromium): Promise<void> {
  const pid = raw.process.pid;
  if (pid === undefined) return;
  const gone = new Promise<void>((resolve) => raw.process.once('exit', () => resolve()));
  process.kill(pid, 'SIGKILL');
  await gone;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group is already empty.
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}

/** A polite close at the end of a test: the profile is kept for the next start. */
export async function closeChromium(raw: RawChromium): Promise<void> {
  await raw.browser.close().catch(() => undefined);
  await killChromium(raw).catch(() => undefined);
}
