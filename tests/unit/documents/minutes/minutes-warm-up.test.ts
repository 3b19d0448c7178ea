import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as MinutesBytes from '../../../../renderer/documents/minutes-worker/minutes-bytes';

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

const { warmUpOnce } = await import('../../../../renderer/documents/minutes-worker/warm-up');

afterEach(() => {
  built.length = 0;
});

describe('the minutes worker warms its builders before the first press', () => {
  it('makes the sample minutes, public and confidential, before anyone asks', async () => {
    await warmUpOnce(() => false);
    // Eight builds: after two, the first real minutes still took 1.5-2x a later build (warm-up.ts).
    expect(built.map((request) => request.part)).toEqual(['A', 'B', 'A', 'B', 'A', 'B', 'A', 'B']);
    expect(built.every((request) => request.record.meeting.venue?.includes('Wrenmoor Civic Centre'))).toBe(
      true,
    );
  });

  it('stops as soon as the clerk asks for real minutes', async () => {
    let asked = false;
    const warming = warmUpOnce(() => asked);
    asked = true;
    await warming;
    expect(built).toHaveLength(0);
  });
});
