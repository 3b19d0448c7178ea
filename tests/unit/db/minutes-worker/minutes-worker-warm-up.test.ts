import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as MinutesBytes from '../../../../renderer/documents/minutes-worker/minutes-bytes';
import { db } from '../../../../renderer/db/database';

type MinutesRequest = MinutesBytes.MinutesRequest;

const built: MinutesRequest[] = [];
vi.mock('../../../../renderer/documents/minutes-worker/minutes-bytes', async (original) => {
  const real = await original<typeof MinutesBytes>();
  return {
    ...real,
    minutesBytes: async (request: MinutesRequest) => {
      built.push(request);
      return real.minutesBytes(request);
    },
  };
});

const { warmUpMinutesWorker } = await import('../../../../renderer/db/minutes-worker/warm-up');

afterEach(() => {
  built.length = 0;
});

describe('the minutes worker readies itself before the first press', () => {
  it('opens the database and makes the sample minutes, public and confidential', async () => {
    db.close();
    await warmUpMinutesWorker(() => false);
    expect(db.isOpen()).toBe(true);
    expect(built.map((request) => request.part)).toEqual(['A', 'B', 'A', 'B', 'A', 'B', 'A', 'B']);
  });

  it('makes no sample once the clerk has asked for real minutes, but still opens the database the press reads', async () => {
    db.close();
    await warmUpMinutesWorker(() => true);
    expect(db.isOpen()).toBe(true);
    expect(built).toHaveLength(0);
  });
});
