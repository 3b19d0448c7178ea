import type { Page } from 'playwright-core';

/**
 * Where one press of "Save the minutes" spent its time, from the User Timing measures the page names for each step
 * (renderer/ui/features/documents/meeting-documents.ts): the page reading the meeting, the worker building the file,
 * the file handed to the download; `rest` is the click to file on disk less those (the click's handler, React, and
 * the browser writing the download), the part the app's own steps do not cover.
 */
export type MinutesSteps = { readMs: number; workerMs: number; handedMs: number; restMs: number };

/** Reads (and clears) the steps of the press just made; `clickMs` is that press's click to file on disk. */
export async function minutesSteps(page: Page, clickMs: number): Promise<MinutesSteps | undefined> {
  const measures = await page.evaluate(() => {
    const found = performance
      .getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith('minutes: '))
      .map((entry) => [entry.name, entry.duration] as const);
    performance.clearMeasures();
    return found;
  });
  if (measures.length === 0) return undefined;
  const step = (name: string) => measures.find(([found]) => found === name)?.[1] ?? 0;
  const readMs = step('minutes: read the meeting');
  const workerMs = step('minutes: built in the worker');
  const handedMs = step('minutes: handed to be saved');
  return { readMs, workerMs, handedMs, restMs: Math.max(0, clickMs - readMs - workerMs - handedMs) };
}

export const stepsText = (steps: MinutesSteps | undefined): string =>
  steps
    ? `read ${steps.readMs.toFixed(0)}, worker ${steps.workerMs.toFixed(0)}, handed over ${steps.handedMs.toFixed(0)}, rest ${steps.restMs.toFixed(0)} ms`
    : 'steps not named';

/** The median of each step over later presses, to set beside a first press's. */
export function medianSteps(all: (MinutesSteps | undefined)[]): MinutesSteps | undefined {
  const known = all.filter((steps): steps is MinutesSteps => steps !== undefined);
  if (known.length === 0) return undefined;
  const median = (pick: (steps: MinutesSteps) => number) =>
    known.map(pick).sort((a, b) => a - b)[Math.floor(known.length / 2)] ?? 0;
  return {
    readMs: median((steps) => steps.readMs),
    workerMs: median((steps) => steps.workerMs),
    handedMs: median((steps) => steps.handedMs),
    restMs: median((steps) => steps.restMs),
  };
}
