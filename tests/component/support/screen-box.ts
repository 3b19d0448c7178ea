import { afterAll, beforeAll } from 'vitest';

/**
 * happy-dom lays nothing out: for the tests of a file, give every element a screen-sized box, as a window 600
 * pixels high would, so virtualised lists (the meeting table, the action tracker) draw rows.
 */
export function withScreenSizedBoxes(): void {
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 });
  });
  afterAll(() => {
    Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
    Reflect.deleteProperty(HTMLElement.prototype, 'clientWidth');
  });
}
