import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Locator } from 'playwright-core';
import { loadArchiveInBrowser } from '../../bench/archive-tools/archive-in-browser';
import { generateArchive, landmarks, smallArchive, type ArchiveBatch } from '../../renderer/domain/archive';
import { municipalYearOf } from '../../renderer/domain/municipal-year';
import { toIsoDate } from '../../renderer/domain/en-gb';
import { seriousAccessibilityProblems } from './support/axe';
import { appUrl, openChamber, type Chamber } from './support/browser';
import { waitForFocus } from './support/focus';

// One small archive (2 committees x 2 years, the same generator as the full one) shared by the tests below.
const today = toIsoDate(new Date());
const options = { ...smallArchive, today };
const archive: ArchiveBatch[] = [...generateArchive(options)];
/** Screens are kept for a person to look at: .test-results/screens. */
const shot = (name: string) =>
  open.page.screenshot({ path: `.test-results/screens/${name}.png`, fullPage: true });
const all = <K extends keyof ArchiveBatch>(table: K): ArchiveBatch[K] =>
  archive.flatMap((batch) => batch[table] as unknown[]) as unknown as ArchiveBatch[K];

/** How far a grid's columns run past the edge of the box it sits in (0 when every column shows whole), in px. */
const columnsPastEdge = (grid: Locator) =>
  grid.evaluate((element) => {
    const edge = (element.parentElement as HTMLElement).getBoundingClientRect().right;
    const headings = [...element.querySelectorAll('[role="columnheader"]')];
    return Math.max(0, ...headings.map((cell) => Math.round(cell.getBoundingClientRect().right - edge)));
  });

let open: Chamber;
beforeAll(async () => {
  open = await openChamber();
  await loadArchiveInBrowser(open.page, inject('baseUrl'), options);
});
afterAll(async () => {
  await open.context.close();
});

describe('a generated archive in Chamber', () => {
  it('finds a phrase in a minute and in an attached report, and opens the meeting it belongs to', async () => {
    const { page } = open;
    await page.goto(appUrl('search'));
    await page.getByRole('searchbox').fill(landmarks.minutePhrase);
    const results = page.getByRole('grid', { name: 'Search results' });
    const minuteHit = results.getByRole('row').filter({ hasText: 'Minutes' }).first();
    await expect.poll(() => minuteHit.textContent(), { timeout: 15_000 }).toContain('footbridge repairs');
    expect(await minuteHit.locator('mark').allTextContents()).toEqual(['Kittiwake', 'Lane', 'footbridge']);

    const minute = all('minutes').find((entry) =>
      JSON.stringify(entry.text).includes(landmarks.minutePhrase),
    );
    const meeting = all('meetings').find((entry) => entry.id === minute?.meetingId);
    const committee = all('committees').find((entry) => entry.id === meeting?.committeeId);
    await shot('search');
    // On a laptop's 1024 px the grid fits beside the navigation: nothing runs past the window's edge.
    const wide = page.viewportSize();
    await page.setViewportSize({ width: 1024, height: 700 });
    await expect
      .poll(() => page.getByRole('main').evaluate((main) => main.scrollWidth - main.clientWidth))
      .toBe(0);
    // ...and every column shows whole, none cut off at the page's edge (the grid scrolls only once widened).
    await expect.poll(() => columnsPastEdge(results)).toBe(0);
    if (wide) await page.setViewportSize(wide);
    // The grid of results (the accessibility run sees the screen before any search) reads well to axe too.
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    // By keyboard: the result's cell takes the focus, Enter opens it.
    const cell = minuteHit.getByRole('gridcell').first();
    await cell.focus();
    await expect.poll(() => cell.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`/meetings/${meeting?.id}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain(committee?.name ?? 'missing');
    // It lands on that minute: on the minutes tab, scrolled into view, its text focused.
    const item = all('agendaItems').find((entry) => entry.id === minute?.agendaItemId);
    const text = page.getByRole('textbox', { name: `Minute text for ${item?.title ?? 'missing'}` });
    await expect
      .poll(() => text.evaluate((box) => box === document.activeElement), { timeout: 15_000 })
      .toBe(true);
    expect(
      await text.evaluate((box) => {
        const { top, bottom } = box.getBoundingClientRect();
        return top >= 0 && bottom <= window.innerHeight;
      }),
    ).toBe(true);
    expect(await page.getByRole('tab', { name: 'Minutes' }).getAttribute('aria-selected')).toBe('true');

    await page.goto(appUrl('search'));
    await page.getByRole('searchbox').fill(landmarks.reportPhrase);
    const reportHit = page.getByRole('grid', { name: 'Search results' }).getByRole('row').nth(1);
    await expect.poll(() => reportHit.textContent()).toContain('Reports');
    await expect.poll(() => reportHit.textContent()).toContain('reservoir desilting contract was awarded');

    // Filters: only agenda items, none of which mention the reservoir.
    await page.getByRole('checkbox', { name: 'Agenda items' }).check();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Nothing found');
  });

  it('shows an overdue action and records its outcome at the committee’s next meeting', async () => {
    const { page } = open;
    const overdue = all('actions').filter((action) => action.status === 'open' && (action.due ?? '') < today);
    const committee = all('committees').find((entry) => entry.id === overdue[0]?.committeeId);
    expect(committee).toBeDefined();

    await page.goto(appUrl('actions'));
    await page.getByLabel('Committee').selectOption({ label: committee?.name ?? '' });
    await page.getByRole('checkbox', { name: 'Overdue only' }).check();
    const first = page.getByRole('grid', { name: 'Actions' }).getByRole('row').nth(1);
    await expect.poll(() => first.textContent()).toContain('Overdue');
    // On a laptop's 1024 px every column of the tracker shows whole beside the navigation, Due and Status too.
    const wide = page.viewportSize();
    await page.setViewportSize({ width: 1024, height: 700 });
    await expect.poll(() => columnsPastEdge(page.getByRole('grid', { name: 'Actions' }))).toBe(0);
    if (wide) await page.setViewportSize(wide);
    // The action's own words (its cell may also carry an Exempt mark).
    const text = (await first.getByRole('gridcell').nth(1).locator('[title]').textContent()) ?? '';
    await first.click();
    await shot('actions');
    expect(overdue.map((action) => action.text)).toContain(text);

    await page.getByRole('link', { name: /Action list for the next meeting/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Action List');
    const form = page.getByRole('form', { name: `Outcome at this meeting: ${text}` }).first();
    await form.getByLabel('Outcome').fill('Reported at the meeting: completed.');
    await form.getByLabel('Status').selectOption({ label: 'Done' });
    await form.getByRole('button', { name: 'Record outcome' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Outcome recorded.');
    await shot('action-list-at-next-meeting');

    // The tracker now shows it done, with the update dated to the meeting.
    await page.goto(appUrl('actions'));
    await page.getByLabel('Committee').selectOption({ label: committee?.name ?? '' });
    await page.getByLabel('Status').selectOption({ label: 'Done' });
    await page.getByRole('row').filter({ hasText: text }).first().click();
    const details = page.getByRole('region', { name: 'Action details' });
    await expect
      .poll(() => details.getByRole('list', { name: 'Updates' }).textContent())
      .toContain('Reported at the meeting: completed.');
  });

  it('moves through the whole action log by keyboard: row by row past the screen, into a row’s cells, Enter opens', async () => {
    const { page } = open;
    await page.goto(appUrl('actions'));
    const grid = page.getByRole('grid', { name: 'Actions' });
    const rows = grid.getByRole('row');
    // What has the focus: its row number in the grid (row 1 is the headings) and whether it is a row or a cell.
    const focus = () =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        return `${active.getAttribute('role')} ${active.closest('[role="row"]')?.getAttribute('aria-rowindex')}`;
      });
    const first = rows.nth(1);
    await first.focus();
    await waitForFocus(first);
    // Further than the screen holds: the rows below are drawn as the focus reaches them.
    const steps = Math.min(20, all('actions').length - 1);
    for (let step = 1; step <= steps; step += 1) {
      await page.keyboard.press('ArrowDown');
      await expect.poll(focus).toBe(`row ${step + 2}`);
    }
    const row = grid.locator(`[role="row"][aria-rowindex="${steps + 2}"]`);
    expect(await row.evaluate((element) => element.getBoundingClientRect().height)).toBeGreaterThan(0);
    const text = (await row.getByRole('gridcell').nth(1).locator('[title]').textContent()) ?? '';
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Action details' });
    await expect.poll(() => details.textContent()).toContain(text);
    await expect.poll(focus).toBe(`row ${steps + 2}`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(focus).toBe(`gridcell ${steps + 2}`);
  });

  it('draws attendance and action charts whose figures match the archive', async () => {
    const { page } = open;
    await page.goto(appUrl('reports'));
    const attendancePanel = page.getByRole('region', { name: 'Attendance per member over a municipal year' });
    // The reports screen's code (charts) loads when first opened: give it the time a loaded machine needs.
    await expect
      .poll(() => attendancePanel.locator('.recharts-bar-rectangle').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);

    // Keyboard: the chart takes focus and arrow keys read out a bar.
    await attendancePanel.getByRole('application').focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => attendancePanel.locator('.recharts-tooltip-wrapper').textContent())
      .toContain('Present');
    await shot('reports');

    // The table view against the data: the report opens on the committee whose meeting last had members there,
    // at its latest municipal year.
    const meetingsById = new Map(all('meetings').map((meeting) => [meeting.id, meeting]));
    const attended = all('attendance')
      .filter((line) => line.status === 'present' || line.status === 'remote')
      .map((line) => meetingsById.get(line.meetingId))
      .filter((meeting) => meeting !== undefined)
      .sort((a, b) => b.date.localeCompare(a.date));
    const chosen = all('committees').find((committee) => committee.id === attended[0]?.committeeId)!;
    const year = Math.max(
      ...all('meetings')
        .filter((m) => m.committeeId === chosen.id)
        .map((m) => municipalYearOf(m.date, 5)),
    );
    const meetings = new Set(
      all('meetings')
        .filter((m) => m.committeeId === chosen.id && municipalYearOf(m.date, 5) === year)
        .map((m) => m.id),
    );
    const lines = all('attendance').filter(
      (line) => meetings.has(line.meetingId) && line.kind === 'member' && !line.substituteForPersonId,
    );
    const someone = lines[0]!;
    const theirs = lines.filter((line) => line.personId === someone.personId);
    await attendancePanel.getByRole('button', { name: 'Show as table' }).click();
    const row = attendancePanel.getByRole('row').filter({ hasText: someone.name });
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 5)).toEqual([
      someone.name,
      String(theirs.length),
      String(theirs.filter((line) => line.status === 'present').length),
      String(theirs.filter((line) => line.status === 'apologies').length),
      String(theirs.filter((line) => line.status === 'absent').length),
    ]);

    await shot('reports-table');
    const actionsPanel = page.getByRole('region', { name: 'Actions by status and overdue per committee' });
    await actionsPanel.getByRole('button', { name: 'Show as table' }).click();
    for (const committee of all('committees')) {
      const actions = all('actions').filter((action) => action.committeeId === committee.id);
      // One outcome was recorded in the test above: count it as the app now holds it.
      const overdue = actions.filter(
        (action) =>
          (action.status === 'open' || action.status === 'inProgress') && (action.due ?? '') < today,
      ).length;
      const cells = await actionsPanel
        .getByRole('row')
        .filter({ hasText: committee.name })
        .getByRole('cell')
        .allTextContents();
      expect(Number(cells[6])).toBe(actions.length);
      expect(Number(cells[5])).toBeGreaterThanOrEqual(overdue - 1);
      expect(Number(cells[5])).toBeLessThanOrEqual(overdue);
    }
  });
});
