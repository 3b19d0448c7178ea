import { describe, expect, it } from 'vitest';
import type { PackProgress } from '../../../../renderer/documents/agenda-pack';
import type {
  BuildPackRequest,
  PackWorkerHandle,
  PackWorkerMessage,
} from '../../../../renderer/documents/pack-worker';
import { buildPackInWorker } from '../../../../renderer/documents/pack-worker';
import { seed004Record } from '../../../documents/agenda-pack/support/seed-004';

/** A stand-in worker that answers as the real one does, so the client's protocol can be checked in node. */
function fakeWorker(
  answer: (request: BuildPackRequest) => PackWorkerMessage[],
): PackWorkerHandle & { terminated: boolean } {
  const target = new EventTarget();
  const worker = {
    terminated: false,
    addEventListener: target.addEventListener.bind(target),
    postMessage: (request: BuildPackRequest) => {
      for (const message of answer(request))
        target.dispatchEvent(new MessageEvent('message', { data: message }));
    },
    terminate: () => {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('buildPackInWorker', () => {
  const data = { record: seed004Record(), documentContents: {} };

  it('passes progress on and resolves with the bytes', async () => {
    const seen: PackProgress[] = [];
    const worker = fakeWorker((request) => [
      { kind: 'progress', progress: { done: 0, total: 2, stage: 'layingOut' } },
      { kind: 'progress', progress: { done: 2, total: 2, stage: 'packing' } },
      {
        kind: 'done',
        bytes: new Uint8Array([request.audience === 'private' ? 1 : 0]),
        warnings: ['A footnote was dropped.'],
      },
    ]);
    const { bytes, warnings } = await buildPackInWorker(
      data,
      (progress) => seen.push(progress),
      { audience: 'private', edition: 'agenda' },
      worker,
    );
    expect([...bytes]).toEqual([1]);
    expect(warnings).toEqual(['A footnote was dropped.']);
    expect(seen.map((progress) => progress.stage)).toEqual(['layingOut', 'packing']);
    expect(worker.terminated).toBe(true);
  });

  it("rejects with the builder's message", async () => {
    const worker = fakeWorker(() => [{ kind: 'failed', message: '"Budget" (item 6) has no file stored.' }]);
    await expect(buildPackInWorker(data, () => undefined, undefined, worker)).rejects.toThrow(
      'has no file stored',
    );
  });
});
