import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleMeetingRecord } from '../../../../renderer/documents/sample/sample-meeting';
import type { MinutesRequest } from '../../../../renderer/documents/minutes-worker';
import { docxParts, paragraphTexts } from '../support/docx-xml';

/**
 * A stand-in for the browser's Worker that runs the minutes worker's own message handler in this process, so the
 * page's side (the request it posts, the answer it waits for) is what is tested.
 */
class InProcessWorker {
  static started: InProcessWorker[] = [];
  static failNext = false;
  posted: unknown[] = [];
  private listeners: Record<string, ((event: unknown) => void)[]> = {};
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    InProcessWorker.started.push(this);
  }
  addEventListener(kind: string, listener: (event: unknown) => void): void {
    (this.listeners[kind] ??= []).push(listener);
  }
  terminate(): void {}
  async postMessage(message: MinutesRequest & { id: number; from: string; kind: string }): Promise<void> {
    this.posted.push(message);
    if (InProcessWorker.failNext) {
      InProcessWorker.failNext = false;
      for (const listener of this.listeners.error ?? []) listener({ message: 'out of memory' });
      return;
    }
    const { minutesBytes } = await import('../../../../renderer/documents/minutes-worker/minutes-bytes');
    const bytes = await minutesBytes(message);
    for (const listener of this.listeners.message ?? [])
      listener({ data: { from: message.from, id: message.id, kind: 'done', bytes } });
  }
}

async function freshModule() {
  vi.resetModules();
  return import('../../../../renderer/documents/minutes-worker');
}

const request = (): MinutesRequest => ({
  record: sampleMeetingRecord(),
  part: 'A',
  title: 'Minutes',
  template: undefined,
});

const minuteHeadings = async (bytes: Uint8Array) =>
  paragraphTexts((await docxParts(bytes))['word/document.xml'] ?? '').filter((text) =>
    /^2\d\d\.\t/.test(text),
  );

afterEach(() => {
  vi.unstubAllGlobals();
  InProcessWorker.started = [];
});

describe('the minutes are made off the page thread', () => {
  it('posts the record to one minutes worker, started when the tab opens, and saves what it sends back', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const { buildMinutesInWorker, preloadMinutesWorker } = await freshModule();
    preloadMinutesWorker();
    expect(InProcessWorker.started).toHaveLength(1);
    expect(InProcessWorker.started[0]?.url.pathname).toMatch(/minutes\.worker\.ts$/);

    const first = await buildMinutesInWorker(request());
    const second = await buildMinutesInWorker({ ...request(), part: 'A' });
    expect(InProcessWorker.started).toHaveLength(1);
    expect(InProcessWorker.started[0]?.posted).toHaveLength(2);
    expect(InProcessWorker.started[0]?.posted[0]).toMatchObject({
      kind: 'build',
      part: 'A',
      title: 'Minutes',
    });
    expect(await minuteHeadings(first)).toContain('205.\tLibrary Opening Hours Review');
    expect(await minuteHeadings(second)).toEqual(await minuteHeadings(first));
  });

  it('says the minutes were not made when the worker fails, and starts a new worker for the next press', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const { buildMinutesInWorker } = await freshModule();
    InProcessWorker.failNext = true;
    await expect(buildMinutesInWorker(request())).rejects.toThrow(
      'The minutes could not be made: out of memory.',
    );
    expect(await minuteHeadings(await buildMinutesInWorker(request()))).toContain(
      '205.\tLibrary Opening Hours Review',
    );
    expect(InProcessWorker.started).toHaveLength(2);
  });

  it('makes the same minutes on the page where there is no Worker', async () => {
    vi.stubGlobal('Worker', undefined);
    const { buildMinutesInWorker, preloadMinutesWorker } = await freshModule();
    preloadMinutesWorker();
    expect(await minuteHeadings(await buildMinutesInWorker(request()))).toContain(
      '205.\tLibrary Opening Hours Review',
    );
  });
});
