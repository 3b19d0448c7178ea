import { describe, expect, it } from 'vitest';
import { WriteThrough } from '../../../../renderer/ui/common/write-through';

/** A store whose writes finish only when the test says so, to see what waits and what is written. */
function slowStore() {
  const written: string[] = [];
  const open: (() => void)[] = [];
  let failNext = false;
  const save = (value: string) =>
    new Promise<void>((resolve, reject) => {
      open.push(() => {
        if (failNext) {
          failNext = false;
          reject(new Error('disk full'));
          return;
        }
        written.push(value);
        resolve();
      });
    });
  const finishOne = async () => {
    open.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { written, open, save, finishOne, failOnce: () => (failNext = true) };
}

describe('WriteThrough: a field stored as it is typed', () => {
  it('starts a write at the first change, with no pause in typing needed', () => {
    const store = slowStore();
    const writer = new WriteThrough(store.save);
    writer.change('T');
    expect(store.open).toHaveLength(1);
    expect(writer.unsaved).toBe(true);
  });

  it('folds changes made during a write into one next write of the newest value, in order', async () => {
    const store = slowStore();
    const writer = new WriteThrough(store.save);
    writer.change('T');
    writer.change('Th');
    writer.change('Tha');
    writer.change('That');
    expect(store.open).toHaveLength(1);
    await store.finishOne();
    expect(store.open).toHaveLength(1);
    await store.finishOne();
    expect(store.written).toEqual(['T', 'That']);
    expect(writer.unsaved).toBe(false);
    await writer.settled();
  });

  it('reports a failed write, keeps the words, and stores them with the next change', async () => {
    const store = slowStore();
    const problems: (string | undefined)[] = [];
    const writer = new WriteThrough(store.save, (problem) => problems.push(problem));
    store.failOnce();
    writer.change('RESOLVED');
    await store.finishOne();
    expect(problems.at(-1)).toMatch(/not stored yet \(disk full\)/);
    expect(writer.unsaved).toBe(true);
    writer.change('RESOLVED that');
    await store.finishOne();
    expect(store.written).toEqual(['RESOLVED that']);
    expect(problems.at(-1)).toBeUndefined();
  });
});
