import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, inject, it } from 'vitest';
import { openChamber, type Chamber } from './support/browser';
import { keyBoardMeeting } from './support/live-meeting';
import { poll } from './support/wait';

let chamber: Chamber | undefined;

/** How far the grid runs past the right edge of the page's content (0 when it fits), in pixels. */
async function overflow(grid: Locator): Promise<number> {
  return grid.evaluate((element) => {
    // The screen's page: the grid's own box sits in it.
    const page = element.parentElement?.parentElement as HTMLElement;
    const box = page.getBoundingClientRect();
    const contentRight = box.right - parseFloat(getComputedStyle(page).paddingRight);
    const gridRight = Math.max(
      ...[...element.querySelectorAll('[role="columnheader"]')].map(
        (cell) => cell.getBoundingClientRect().right,
      ),
    );
    return Math.max(0, Math.round(gridRight - contentRight));
  });
}

const width = (heading: Locator) =>
  heading.evaluate((cell) => Math.round(cell.getBoundingClientRect().width));

async function focusOn(page: Page, target: Locator): Promise<void> {
  await target.focus();
  await poll(() => target.evaluate((element) => element === document.activeElement)).toBe(true);
}

describe('the People grid, Office-grade', () => {
  it('fits the window at 1280 and 1024 wide, and its columns widen and narrow from the keyboard', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    await keyBoardMeeting(page, inject('baseUrl'));
    const grid = page.getByRole('grid', { name: 'People' });
    // Each size opened afresh, as a clerk's window of that size would show it.
    for (const size of [
      { width: 1024, height: 700 },
      { width: 1280, height: 800 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(`${inject('baseUrl')}#/people`);
      await page.reload();
      await grid.getByRole('row').nth(6).waitFor();
      await poll(() => overflow(grid)).toBe(0);
      await poll(() => page.getByRole('main').evaluate((main) => main.scrollWidth - main.clientWidth)).toBe(
        0,
      );
      await page.screenshot({ path: join(tmpdir(), `look-people-${size.width}x${size.height}.png`) });
    }

    // Ctrl+→ on a heading widens its column by 20 px a press; Ctrl+← narrows it; Enter still sorts.
    const name = grid.getByRole('columnheader', { name: /^Name/ });
    const before = await width(name);
    await focusOn(page, name.getByRole('button'));
    for (let press = 0; press < 3; press += 1) await page.keyboard.press('Control+ArrowRight');
    await poll(() => width(name)).toBe(before + 60);
    await page.keyboard.press('Control+ArrowLeft');
    await poll(() => width(name)).toBe(before + 40);
    await poll(() => overflow(grid)).toBe(0);
    await page.keyboard.press('Enter');
    await poll(() => name.getAttribute('aria-sort')).toBe('descending');
  });
});
