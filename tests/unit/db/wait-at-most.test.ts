import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitAtMost } from '../../../renderer/db/wait-at-most';

describe('waitAtMost: a wait that cannot hang the clerk', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('goes on as soon as the work is done, long before the limit', async () => {
    vi.useFakeTimers();
    let done = false;
    const waited = waitAtMost(Promise.resolve('stored'), 10_000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    await waited;
    expect(done).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up after the limit when the work hangs without failing', async () => {
    vi.useFakeTimers();
    let done = false;
    const waited = waitAtMost(new Promise(() => undefined), 10_000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waited;
    expect(done).toBe(true);
  });

  it('goes on, without an error, when the work fails', async () => {
    await expect(waitAtMost(Promise.reject(new Error('the disk is full')), 10_000)).resolves.toBeUndefined();
  });
});
