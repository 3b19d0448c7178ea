import { useCallback, useState } from 'react';
import { messageOf } from './error-message';

export type ActionState = {
  busy: boolean;
  /** What went wrong, in words the clerk can act on; undefined when the last attempt worked. */
  error: string | undefined;
};

/**
 * Run a write (a repository call) from a button or form, keeping the message of any failure for the screen.
 * Repositories throw Errors whose messages are written for clerks, so they are shown as they are.
 */
export function useAction<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
): [(...args: A) => Promise<R | undefined>, ActionState] {
  const [state, setState] = useState<ActionState>({ busy: false, error: undefined });
  const run = useCallback(
    async (...args: A) => {
      setState({ busy: true, error: undefined });
      try {
        const result = await action(...args);
        setState({ busy: false, error: undefined });
        return result;
      } catch (error) {
        setState({ busy: false, error: messageOf(error) });
        return undefined;
      }
    },
    [action],
  );
  return [run, state];
}
