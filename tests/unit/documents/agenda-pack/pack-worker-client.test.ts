import { describe, expect, it } from 'vitest';
import type { PackProgress } from '../../../../renderer/documents/agenda-pack';
import type {
  BuildPackRequest,
  PackWorkerHandle,
  PackWorkerMessage,
} from '../../../../renderer/documents/pack-worker';
import { buildPackInWorker, packMessageTag } from '../../../../renderer/documents/pack-worker';
import { seed004Record } from '../../../documents/agenda-pack/support/seed-004';

/** A stand-in worker that answers as the real one does, so the client's protocol can be checked in node. */
type Answer = Omit<PackWorkerMessage, 'from'> | Record<string, unknown>;

function fakeWorker(
  answer: (request: BuildPackRequest) => Answer[],
  tag = true,
): PackWorkerHandle & { terminated: boolean } {
  const target = new EventTarget();
  const worker = {
    terminated: false,
    addEventListener: target.addEventListener.bind(target),
    postMessage: (request: BuildPackRequest) => {
      for (const message of answer(request))
        target.dispatchEvent(
          new MessageEvent('message', {
            data: tag && 'kind' in message ? { ...message, from: packMessageTag } : message,
          }),
        );
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

  it("ignores what pdf.js's worker code posts (its 'ready'), and waits for the pack's own answer", async () => {
    const worker = fakeWorker(() => [
      { sourceName: 'worker', targetName: 'main', action: 'ready', data: null },
      {
        kind: 'progress',
        progress: { done: 0, total: 3, stage: 'drawingPdfPages', paper: '"Budget" (item 6)' },
      },
      { kind: 'done', bytes: new Uint8Array([7]), warnings: [] },
    ]);
    const seen: PackProgress[] = [];
    const { bytes } = await buildPackInWorker(data, (progress) => seen.push(progress), undefined, worker);
    expect([...bytes]).toEqual([7]);
    expect(seen.map((progress) => progress.paper)).toEqual(['"Budget" (item 6)']);
  });

  it('gives up on a worker that goes quiet, saying which paper it was on', async () => {
    const worker = fakeWorker(() => [
      {
        kind: 'progress',
        progress: { done: 1, total: 3, stage: 'drawingPdfPages', paper: '"Budget" (item 6)' },
      },
    ]);
    await expect(buildPackInWorker(data, () => undefined, undefined, worker, 50)).rejects.toThrow(
      /was not finished[\s\S]*Drawing PDF pages: "Budget" \(item 6\)/,
    );
    expect(worker.terminated).toBe(true);
  });

  it('never shows an empty error when the worker dies without a message', async () => {
    const target = new EventTarget();
    const worker = {
      addEventListener: target.addEventListener.bind(target),
      postMessage: () => target.dispatchEvent(Object.assign(new Event('error'), { message: '' })),
      terminate: () => undefined,
    };
    await expect(buildPackInWorker(data, () => undefined, undefined, worker)).rejects.toThrow(
      'The agenda pack could not be built: the pack worker stopped without saying why.',
    );
  });
});

describe('handing the papers to the pack worker', () => {
  /** A worker behind a real message channel, answering with how many bytes of papers reached it. */
  function channelWorker(): PackWorkerHandle {
    const { port1, port2 } = new MessageChannel();
    const target = new EventTarget();
    port2.onmessage = (event: MessageEvent<BuildPackRequest>) => {
      const received = Object.values(event.data.data.documentContents).reduce((sum, b) => sum + b.length, 0);
      target.dispatchEvent(
        new MessageEvent('message', {
          data: { kind: 'done', bytes: new Uint8Array([received % 251]), warnings: [], from: packMessageTag },
        }),
      );
    };
    return {
      addEventListener: target.addEventListener.bind(target),
      postMessage: (message: unknown, transfer?: Transferable[]) =>
        port1.postMessage(message, (transfer ?? []) as never),
      terminate: () => {
        port1.close();
        port2.close();
      },
    } as PackWorkerHandle;
  }

  const papers = () => ({
    record: seed004Record(),
    documentContents: { a: new Uint8Array(1_000).fill(1), b: new Uint8Array(2_000).fill(2) },
    template: new Uint8Array(500),
  });

  it('moves the bytes when handed over, so the page no longer holds a copy', async () => {
    const data = papers();
    const { bytes } = await buildPackInWorker(
      data,
      () => undefined,
      undefined,
      channelWorker(),
      60_000,
      true,
    );
    expect([...bytes]).toEqual([3_000 % 251]);
    expect(data.documentContents.a.byteLength).toBe(0);
    expect(data.documentContents.b.byteLength).toBe(0);
    expect(data.template.byteLength).toBe(0);
  });

  it('copies them otherwise, leaving the caller its data', async () => {
    const data = papers();
    const { bytes } = await buildPackInWorker(data, () => undefined, undefined, channelWorker(), 60_000);
    expect([...bytes]).toEqual([3_000 % 251]);
    expect(data.documentContents.a.byteLength).toBe(1_000);
    expect(data.template.byteLength).toBe(500);
  });
});
