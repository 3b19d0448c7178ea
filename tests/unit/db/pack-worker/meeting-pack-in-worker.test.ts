import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { PackProgress } from '../../../../renderer/documents/agenda-pack';
import type { MadePack, PackRequest, PackWorkerHandle } from '../../../../renderer/documents/pack-worker';
import { packMessageTag } from '../../../../renderer/documents/pack-worker';
import { warmUpPackOnce } from '../../../../renderer/db/pack-worker/warm-up';

/** A stand-in for the worker that reads the meeting itself: remembers what it was posted, answers when told. */
function fakeWorker() {
  const target = new EventTarget();
  const posted: { request: PackRequest; transfer: Transferable[] }[] = [];
  const worker = {
    posted,
    terminated: false,
    addEventListener: target.addEventListener.bind(target),
    postMessage: (request: PackRequest, transfer: unknown) => {
      posted.push({ request, transfer: Array.isArray(transfer) ? (transfer as Transferable[]) : [] });
    },
    terminate: () => {
      worker.terminated = true;
    },
    answer: (message: Record<string, unknown>) =>
      target.dispatchEvent(new MessageEvent('message', { data: { ...message, from: packMessageTag } })),
    fail: (message: string) => target.dispatchEvent(Object.assign(new Event('error'), { message })),
  };
  return worker;
}

type FakeWorker = ReturnType<typeof fakeWorker>;

/** The bytes of a pack handed over as bytes (a Blob, here unexpected, is returned as it is to fail the check). */
const bytesOf = (made: MadePack) => ('bytes' in made ? [...made.bytes] : made);

/** Starts fake workers on demand and keeps them, in the order they were started. */
function workers() {
  const started: FakeWorker[] = [];
  const start = (): PackWorkerHandle => {
    const worker = fakeWorker();
    started.push(worker);
    return worker;
  };
  return { started, start };
}

/** The client as a fresh page has it: no worker started ahead yet (each test its own). */
async function freshClient() {
  vi.resetModules();
  return import('../../../../renderer/db/pack-worker/meeting-pack-in-worker');
}

describe('buildMeetingPackInWorker', () => {
  it('posts only which meeting and which pack: the papers are read in the worker, never on the page', async () => {
    const { buildMeetingPackInWorker } = await freshClient();
    const { started, start } = workers();
    const seen: PackProgress[] = [];
    const building = buildMeetingPackInWorker(
      'meeting-1',
      { audience: 'private', edition: 'agenda' },
      (progress) => seen.push(progress),
      start,
    );
    const [worker] = started as [FakeWorker];
    expect(worker.posted).toEqual([
      {
        request: { kind: 'build-meeting', meetingId: 'meeting-1', audience: 'private', edition: 'agenda' },
        transfer: [],
      },
    ]);
    worker.answer({ kind: 'progress', progress: { done: 1, total: 3, stage: 'mergingReports' } });
    worker.answer({ kind: 'done', bytes: new Uint8Array([80, 75]), warnings: ['Check page counts.'] });
    const made = await building;
    expect(bytesOf(made)).toEqual([80, 75]);
    expect(made.warnings).toEqual(['Check page counts.']);
    expect(seen.map((progress) => progress.stage)).toEqual(['mergingReports']);
    expect(worker.terminated).toBe(true);
  });

  it('asks for the file as a Blob when told, and hands on the Blob the worker made', async () => {
    const { buildMeetingPackInWorker } = await freshClient();
    const { started, start } = workers();
    const building = buildMeetingPackInWorker(
      'meeting-1',
      { audience: 'public', edition: 'agenda', fileAs: 'blob' },
      () => {},
      start,
    );
    const [worker] = started as [FakeWorker];
    expect(worker.posted[0]?.request).toEqual({
      kind: 'build-meeting',
      meetingId: 'meeting-1',
      audience: 'public',
      edition: 'agenda',
      fileAs: 'blob',
    });
    const blob = new Blob([new Uint8Array([80, 75])]);
    worker.answer({ kind: 'done', blob, warnings: [] });
    const made = await building;
    expect('blob' in made && made.blob).toBe(blob);
    expect(worker.terminated).toBe(true);
  });

  it('says what went wrong in the worker (a meeting deleted meanwhile) as the page would have', async () => {
    const { buildMeetingPackInWorker } = await freshClient();
    const { started, start } = workers();
    const building = buildMeetingPackInWorker(
      'gone',
      { audience: 'public', edition: 'agenda' },
      () => {},
      start,
    );
    started[0]?.answer({ kind: 'failed', message: 'That meeting no longer exists.' });
    await expect(building).rejects.toThrow('That meeting no longer exists.');
  });

  it('uses the worker started ahead of the press, and starts the next press’s once this one is done', async () => {
    const { buildMeetingPackInWorker, preloadPackWorker } = await freshClient();
    const { started, start } = workers();
    preloadPackWorker(start);
    preloadPackWorker(start);
    expect(started).toHaveLength(1);
    const building = buildMeetingPackInWorker(
      'm',
      { audience: 'public', edition: 'agenda' },
      () => {},
      start,
    );
    expect(started).toHaveLength(1);
    expect(started[0]?.posted).toHaveLength(1);
    started[0]?.answer({ kind: 'done', bytes: new Uint8Array([1]), warnings: [] });
    await building;
    await vi.waitFor(() => expect(started).toHaveLength(2));
    expect(started[1]?.posted).toEqual([]);
    // That spare is taken by the next press.
    const next = buildMeetingPackInWorker('m', { audience: 'public', edition: 'agenda' }, () => {}, start);
    expect(started[1]?.posted).toHaveLength(1);
    started[1]?.answer({ kind: 'done', bytes: new Uint8Array([2]), warnings: [] });
    expect(bytesOf(await next)).toEqual([2]);
    await vi.waitFor(() => expect(started).toHaveLength(3));
  });

  it('never hands a press a worker that failed while it waited: the press starts its own and is answered', async () => {
    const { buildMeetingPackInWorker, preloadPackWorker } = await freshClient();
    const { started, start } = workers();
    preloadPackWorker(start);
    // The worker started ahead fails while the clerk reads the tab, as one whose code did not load.
    started[0]?.fail('Failed to fetch the worker’s code');
    expect(started[0]?.terminated).toBe(true);
    const building = buildMeetingPackInWorker(
      'm',
      { audience: 'public', edition: 'agenda' },
      () => {},
      start,
    );
    expect(started).toHaveLength(2);
    const own = started[1];
    expect(own?.posted).toHaveLength(1);
    own?.answer({ kind: 'done', bytes: new Uint8Array([3]), warnings: [] });
    expect(bytesOf(await building)).toEqual([3]);
  });
});

describe('warmUpPackOnce', () => {
  it('makes the sample meeting’s pack, so the first press runs warm code', async () => {
    expect(await warmUpPackOnce(() => false)).toBe(true);
  });

  it('stops before any work once the clerk has asked for a real pack', async () => {
    expect(await warmUpPackOnce(() => true)).toBe(false);
  });
});
