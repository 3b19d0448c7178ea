import type { Page } from 'playwright-core';

export type FirstResult = { ms: number; status: string; loading: string };

/**
 * Milliseconds from opening the search screen in the running app (a route change, its code not yet loaded,
 * the index not yet open in this page) to the first result for `query` on screen, the query typed as soon
 * as the search box is there. Measured inside the page with a MutationObserver (no polling delay). Also says
 * what the screen said at that moment about the results and the years still loading.
 */
export async function timeToFirstResult(
  page: Page,
  query: string,
  timeoutMs = 180_000,
): Promise<FirstResult> {
  // Plain JavaScript text: the TypeScript runner would wrap named inner functions in a helper the page lacks.
  const script = `new Promise((resolve, reject) => {
    const wanted = ${JSON.stringify(query)};
    const started = performance.now();
    let typed = false;
    const observer = new MutationObserver(() => {
      const box = document.querySelector('input[type="search"]');
      if (box && !typed) {
        typed = true;
        // React listens for input events: the value is set the way typing sets it.
        Reflect.set(HTMLInputElement.prototype, 'value', wanted, box);
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }
      const results = document.querySelector('section[aria-label="Results"]');
      // A result is a row of the results grid (a list item before the grid of 7 December).
      if (!results || !results.querySelector('[role="gridcell"], li')) return;
      observer.disconnect();
      const texts = [...document.querySelectorAll('main span, main p')].map((node) => node.textContent || '');
      resolve({
        ms: performance.now() - started,
        status: (results.querySelector('[role="status"]') || {}).textContent || '',
        loading: texts.find((text) => text.includes('still loading')) || '',
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    setTimeout(() => reject(new Error('No result for ' + wanted + ' within ${timeoutMs} ms')), ${timeoutMs});
    location.hash = '#/search';
  })`;
  return page.evaluate<FirstResult>(script);
}
