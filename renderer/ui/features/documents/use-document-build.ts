import { useCallback, useState } from 'react';
import type { PackProgress } from '../../../documents/agenda-pack';

/** A finished build: where it was saved (undefined if the clerk cancelled) and what the clerk should check. */
export type BuildOutcome = { savedTo: string | undefined; warnings: string[] };

export type BuildState = {
  busy: boolean;
  /** The worker's latest report; undefined for builds too quick to report progress. */
  progress: PackProgress | undefined;
  error: string | undefined;
  /** Where the last document went, e.g. "Downloads/Planning Committee minutes 2025-03-12.docx". */
  savedTo: string | undefined;
  /** What the builder could not do as asked (an estimated page count, a dropped object), in the clerk's words. */
  warnings: string[];
};

const idle: BuildState = {
  busy: false,
  progress: undefined,
  error: undefined,
  savedTo: undefined,
  warnings: [],
};

/**
 * The least time between two progress updates drawn: a pack of a hundred reports reports a step every few
 * milliseconds, and drawing each (with the bar sliding to it) kept the page drawing every frame, as much CPU as
 * the worker building the pack on a 2-core laptop. Ten a second still moves the bar and its text smoothly.
 */
export const progressEveryMs = 100;

/**
 * Pass progress on at most once per `everyMs`: the first at once, then the latest of those that came meanwhile.
 * A new stage is shown at once (there are a handful, and the last, writing the file, may be brief). `stop` drops
 * one still waiting (the build is over).
 */
export function throttledProgress(
  show: (progress: PackProgress) => void,
  everyMs = progressEveryMs,
): { onProgress: (progress: PackProgress) => void; stop: () => void } {
  let shownAt = -Infinity;
  let latest: PackProgress | undefined;
  let shownStage: PackProgress['stage'] | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    shownAt = performance.now();
    if (!latest) return;
    shownStage = latest.stage;
    show(latest);
  };
  return {
    onProgress: (progress) => {
      latest = progress;
      if (progress.stage !== shownStage) return flush();
      if (timer !== undefined) return;
      const wait = shownAt + everyMs - performance.now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
    stop: () => clearTimeout(timer),
  };
}

/**
 * Run one document build from a button: busy while it works, its progress, then where it was saved and anything
 * to check, or, if it failed, the builder's message (written for clerks) to show beside the button.
 */
export function useDocumentBuild(
  build: (onProgress: (progress: PackProgress) => void) => Promise<string | undefined | BuildOutcome>,
): [() => Promise<void>, BuildState] {
  const [state, setState] = useState<BuildState>(idle);
  const run = useCallback(async () => {
    setState({ ...idle, busy: true });
    const progress = throttledProgress((latest) => setState((before) => ({ ...before, progress: latest })));
    try {
      const outcome = await build(progress.onProgress);
      progress.stop();
      if (typeof outcome === 'object') setState({ ...idle, ...outcome });
      else setState({ ...idle, savedTo: outcome });
    } catch (error) {
      progress.stop();
      setState({ ...idle, error: error instanceof Error ? error.message : String(error) });
    }
  }, [build]);
  return [run, state];
}
