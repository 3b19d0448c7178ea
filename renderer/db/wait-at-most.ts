/**
 * Waits for `work` to settle, or for `longestMs` to pass, whichever comes first; never rejects. For waits that
 * must not hang the clerk: a write or a worker that hangs without failing gives way after so long, and the caller
 * goes on with what is stored.
 *
 * @example await waitAtMost(everyWriteSettled(), 10_000);
 */
export async function waitAtMost(work: Promise<unknown>, longestMs: number): Promise<void> {
  let gaveUp: ReturnType<typeof setTimeout> | undefined;
  const patience = new Promise<void>((resolve) => (gaveUp = setTimeout(resolve, longestMs)));
  const settled = work.then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([settled, patience]);
  clearTimeout(gaveUp);
}

/** Far longer than any key takes to store, even on a machine that is busy with other work. */
export const longestWaitForKeysMs = 10_000;
