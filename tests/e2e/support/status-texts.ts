import type { Page } from 'playwright-core';

/**
 * Starts keeping every text any status region of the page shows, however briefly: progress steps on to the next
 * paper as fast as the work goes (ten updates a second at most), so a step that showed for a tenth of a second
 * can be gone before a locator's next look on a busy machine. Returns a function that reads the texts kept.
 *
 * @example const shown = await keepStatusTexts(page); ...click...; expect(await shown()).toContain('Drawing...');
 */
export async function keepStatusTexts(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const kept: string[] = [];
    (window as unknown as { keptStatusTexts: string[] }).keptStatusTexts = kept;
    const look = () => {
      for (const status of document.querySelectorAll('[role="status"]')) {
        const text = status.textContent ?? '';
        if (text && kept.at(-1) !== text) kept.push(text);
      }
    };
    new MutationObserver(look).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { keptStatusTexts: string[] }).keptStatusTexts);
}
