import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * What has the focus now, by its accessible label, as a screen reader would announce it: '' when the focus has
 * fallen to the page body (the clerk's next key would go nowhere).
 */
export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return '';
    const labelled = active.getAttribute('aria-label');
    if (labelled) return labelled;
    const labels = (active as HTMLInputElement).labels;
    if (labels?.[0]) return labels[0].textContent ?? '';
    return ['BUTTON', 'A'].includes(active.tagName) ? (active.textContent ?? '') : '';
  });
}

/** Wait until the control has the focus, as the clerk would see it, before a key is sent to it (a loaded machine moves it late). */
export async function waitForFocus(locator: Locator, timeout = 60_000): Promise<void> {
  await expect.poll(() => locator.evaluate((el) => el === document.activeElement), { timeout }).toBe(true);
}
