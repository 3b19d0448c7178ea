import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/**
 * The serious and critical WCAG failures axe-core finds on the screen as it is now: accessibility.test.ts runs it
 * on every screen, and other tests in states it does not reach (a table in a minute). axe-core's own script is
 * put into the page, never fetched: Chamber runs with no network.
 */
export async function seriousAccessibilityProblems(page: Page): Promise<string[]> {
  await page.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    // Check the screen the clerk sees once it has settled: a button still fading in (a loaded machine draws
    // slowly) is half transparent and fails contrast for a moment. Endless animations (a spinner) are left be.
    await Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    );
    const axe = (
      window as unknown as {
        axe: { run: (context: object, options: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    // Fluent UI's focus sentinels (tabster's hidden <i tabindex="0">, at the edges of a tab list or a dialog) pass
    // the focus on to a real control the moment they get it: nothing is ever read or typed there.
    const result = await axe.run(
      { include: [['html']], exclude: [['[data-tabster-dummy]']] },
      { resultTypes: ['violations'] },
    );
    return result.violations;
  });
  return (violations as Violation[])
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join('; ')}`,
    );
}
