import { useCallback, useState } from 'react';
import type { PackProgress } from '../../../documents/agenda-pack';

export type BuildState = {
  busy: boolean;
  /** The worker's latest report; undefined for builds too quick to report progress. */
  progress: PackProgress | undefined;
  error: string | undefined;
  /** Where the last document went, e.g. "Downloads/Planning Committee minutes 2025-03-12.docx". */
  savedTo: string | undefined;
};

const idle: BuildState = { busy: false, progress: undefined, error: undefined, savedTo: undefined };

/**
 * Run one document build from a button: busy while it works, its progress, then where it was saved or, if it
 * failed, the builder's message (written for clerks) to show beside the button.
 */
export function useDocumentBuild(
  build: (onProgress: (progress: PackProgress) => void) => Promise<string | undefined>,
): [() => Promise<void>, BuildState] {
  const [state, setState] = useState<BuildState>(idle);
  const run = useCallback(async () => {
    setState({ ...idle, busy: true });
    try {
      const savedTo = await build((progress) => setState((before) => ({ ...before, progress })));
      setState({ ...idle, savedTo });
    } catch (error) {
      setState({ ...idle, error: error instanceof Error ? error.message : String(error) });
    }
  }, [build]);
  return [run, state];
}
