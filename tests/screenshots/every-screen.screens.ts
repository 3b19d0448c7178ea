import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, inject, it } from 'vitest';
import { loadArchiveInBrowser } from '../../bench/archive-tools/archive-in-browser';
import { smallArchive } from '../../renderer/domain/archive';
import { toIsoDate } from '../../renderer/domain/en-gb';
import { openChamber } from '../e2e/support/browser';
import { keyBoardMeeting } from '../e2e/support/live-meeting';

const sizes = [
  { width: 1280, height: 900 },
  { width: 1024, height: 700 },
] as const;
const folder = 'docs/screens';

type Screen = { name: string; open: (page: Page) => Promise<void> };

/**
 * Once the screen has stopped moving: a window just made narrower slides the navigation pane, and a button
 * fades in, for a moment after the screen is there (the calendar was taken with the pane half out of view).
 * Endless animations (a spinner) are left be.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

describe('screenshots of every screen', () => {
  it('writes each screen at 1280x900 and 1024x700 into docs/screens', async () => {
    await mkdir(folder, { recursive: true });
    const chamber = await openChamber();
    const { page } = chamber;
    const base = inject('baseUrl');
    // Two committees' last two years of meetings, minutes, actions and reports: the lists, the search, the
    // charts and the calendar as a clerk with some history sees them, not empty.
    await loadArchiveInBrowser(page, base, { ...smallArchive, today: toIsoDate(new Date()) });
    const meetingUrl = await keyBoardMeeting(page, base);
    const meeting = new URL(meetingUrl).hash;
    await page.goto(base);
    await page.getByRole('link', { name: 'Harrow Partnership Board' }).first().click();
    await page.getByRole('heading', { name: 'Harrow Partnership Board' }).waitFor();
    const committee = new URL(page.url()).hash;
    const at = (hash: string, ready: (page: Page) => Promise<unknown>) => async (shown: Page) => {
      await shown.goto(`${base}${hash.startsWith('#') ? hash : `#${hash}`}`);
      await ready(shown);
    };
    const heading = (shown: Page) => shown.getByRole('heading', { level: 1 }).first().waitFor();
    const screens: Screen[] = [
      { name: 'committees', open: at('/', heading) },
      { name: 'committee', open: at(committee, heading) },
      { name: 'new-committee', open: at('/committees/new', heading) },
      { name: 'meeting-agenda', open: at(meeting, (p) => p.getByRole('list', { name: 'Agenda' }).waitFor()) },
      {
        name: 'meeting-papers',
        open: async (p) => {
          await at(meeting, heading)(p);
          await p.getByRole('tab', { name: 'Papers' }).click();
          await p.getByRole('tabpanel').waitFor();
        },
      },
      {
        name: 'live-meeting',
        open: at(`${meeting.replace(/\/$/, '')}/live`, (p) =>
          p.getByRole('navigation', { name: 'Agenda' }).waitFor(),
        ),
      },
      { name: 'calendar', open: at('/calendar', heading) },
      { name: 'people', open: at('/people', heading) },
      {
        // With results, as a clerk mostly sees it: the grid, its marks and the words around each match.
        name: 'search',
        open: async (p) => {
          await at('/search', heading)(p);
          await p.getByRole('searchbox').fill('budget');
          await p.getByRole('grid', { name: 'Search results' }).getByRole('row').nth(1).waitFor();
        },
      },
      { name: 'actions', open: at('/actions', heading) },
      { name: 'reports', open: at('/reports', heading) },
      { name: 'sync', open: at('/sync', heading) },
      { name: 'sync-conflicts', open: at('/sync/conflicts', heading) },
      { name: 'publishing', open: at('/publishing', heading) },
      { name: 'individual-decisions', open: at('/decisions', heading) },
      { name: 'forward-plan', open: at('/forward-plan', heading) },
      { name: 'import-people', open: at('/people/import', heading) },
      { name: 'templates', open: at('/settings/templates', heading) },
      { name: 'settings', open: at('/settings', heading) },
      { name: 'keyboard', open: at('/help/keyboard', heading) },
    ];
    for (const size of sizes) {
      await page.setViewportSize(size);
      for (const screen of screens) {
        await screen.open(page);
        await settled(page);
        await page.screenshot({ path: `${folder}/${screen.name}-${size.width}x${size.height}.png` });
      }
    }
    await chamber.context.close();

    // The first-run screen belongs to a fresh install: a laptop of its own, with an empty database.
    const fresh = await openChamber(undefined, { firstRun: true });
    for (const size of sizes) {
      await fresh.page.setViewportSize(size);
      await fresh.page.goto(`${base}#/`);
      await fresh.page.getByRole('heading', { name: 'Welcome to Chamber' }).waitFor();
      await fresh.page.screenshot({ path: `${folder}/first-run-${size.width}x${size.height}.png` });
    }
    await fresh.context.close();
  });
});
