import { expect } from 'vitest';

/**
 * Wait for what the clerk would see. A loaded machine (CI runs beside other work) can take seconds to take an item,
 * store a field or redraw, so every e2e test waits this long and no longer for a screen to show what it should.
 */
export const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });
