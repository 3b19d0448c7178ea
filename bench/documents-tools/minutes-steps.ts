import type { Page } from 'playwright-core';

/**
 * Where one press of "Save the minutes" spent its time, from the User Timing measures the page names for each step
 * (renderer/ui/features/documents/meeting-documents.ts): waiting for keys just typed to be stored, the minutes
 * worker reading the meeting and building the file (timed in the worker), the messages to and from the worker
 * (and any sample build it was finishing), the file handed to the download; `rest` is the click to file on disk
 * less those (the click's handler, React, and the browser writing the download), the part the app's steps do not
 * cover. The page itself no longer reads the meeting: it posts the meeting's id.
 */
export type MinutesSteps = {
  typedMs: number;
  readMs: number;
  buildMs: number;
  messagesMs: number;
  handedMs: number;
  restMs: number;
};

const stepNames: Record<Exclude<keyof MinutesSteps, 'restMs'>, string> = {
  typedMs: 'minutes: keys just typed stored',
  readMs: 'minutes: worker read the meeting',
  buildMs: 'minutes: worker built the file',
  messagesMs: 'minutes: to and from the worker',
  handedMs: 'minutes: handed to be saved',
};

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
  const steps = {
    typedMs: step(stepNames.typedMs),
    readMs: step(stepNames.readMs),
    buildMs: step(stepNames.buildMs),
    messagesMs: step(stepNames.messagesMs),
    handedMs: step(stepNames.handedMs),
  };
  const covered = Object.values(steps).reduce((sum, ms) => sum + ms, 0);
  return { ...steps, restMs: Math.max(0, clickMs - covered) };
}

export const stepsText = (steps: MinutesSteps | undefined): string =>
  steps
    ? `typed keys ${steps.typedMs.toFixed(0)}, worker read ${steps.readMs.toFixed(0)}, worker build ${steps.buildMs.toFixed(0)}, messages ${steps.messagesMs.toFixed(0)}, handed over ${steps.handedMs.toFixed(0)}, rest ${steps.restMs.toFixed(0)} ms`
    : 'steps not named';

/** The median of each step over later presses, to set beside a first press's. */
export function medianSteps(all: (MinutesSteps | undefined)[]): MinutesSteps | undefined {
  const known = all.filter((steps): steps is MinutesSteps => steps !== undefined);
  if (known.length === 0) return undefined;
  const median = (pick: (steps: MinutesSteps) => number) =>
    known.map(pick).sort((a, b) => a - b)[Math.floor(known.length / 2)] ?? 0;
  return {
    typedMs: median((steps) => steps.typedMs),
    readMs: median((steps) => steps.readMs),
    buildMs: median((steps) => steps.buildMs),
    messagesMs: median((steps) => steps.messagesMs),
    handedMs: median((steps) => steps.handedMs),
    restMs: median((steps) => steps.restMs),
  };
}
