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
 * Run one document build from a button: busy while it works, its progress, then where it was saved and anything
 * to check, or, if it failed, the builder's message (written for clerks) to show beside the button.
 */
export function useDocumentBuild(
  build: (onProgress: (progress: PackProgress) => void) => Promise<string | undefined | BuildOutcome>,
): [() => Promise<void>, BuildState] {
  const [state, setState] = useState<BuildState>(idle);
  const run = useCallback(async () => {
    setState({ ...idle, busy: true });
    try {
      const outcome = await build((progress) => setState((before) => ({ ...before, progress })));
      if (typeof outcome === 'object') setState({ ...idle, ...outcome });
      else setState({ ...idle, savedTo: outcome });
    } catch (error) {
      setState({ ...idle, error: error instanceof Error ? error.message : String(error) });
    }
  }, [build]);
  return [run, state];
}
