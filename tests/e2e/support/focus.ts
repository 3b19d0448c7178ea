import type { Page } from 'playwright-core';

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
