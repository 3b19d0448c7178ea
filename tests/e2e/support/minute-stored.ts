import type { Page } from 'playwright-core';
import { poll } from './wait';

type Stored = { coveredUpTo: number };
type Recorded = { storedMinutes: Stored[] };

/**
 * Starts keeping the live screen's announcements that a minute's text is stored (chamber:minute-stored, sent as
 * each write commits), so a test can wait for the words it typed to be stored before it reloads the page.
 */
export function recordMinuteWrites(page: Page): Promise<void> {
  return page.evaluate(() => {
    const kept: { coveredUpTo: number }[] = [];
    (window as unknown as Recorded).storedMinutes = kept;
    window.addEventListener('chamber:minute-stored', (event) =>
      kept.push({ coveredUpTo: (event as CustomEvent<Stored>).detail.coveredUpTo }),
    );
  });
}

/** The page's clock now: what was typed after it is covered by a write whose coveredUpTo is later. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/**
 * Waits until a write covering everything typed since `since` (pageNow before the typing) is stored. A reload
 * straight after typing is a crash in all but name, which the crash tests cover (up to 250 ms may be lost); a
 * test that reloads to show what is kept waits for it to be kept first.
 */
export async function minuteStoredSince(page: Page, since: number): Promise<void> {
  await poll(() =>
    page.evaluate(
      (after) => (window as unknown as Recorded).storedMinutes.some((notice) => notice.coveredUpTo >= after),
      since,
    ),
  ).toBe(true);
}
