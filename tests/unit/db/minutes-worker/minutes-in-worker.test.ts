import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { addAgendaItem } from '../../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../../renderer/db/repositories/minutes';
import { saveTypedMinuteHere } from '../../../../renderer/db/repositories/typed-minute';
import { templateId } from '../../../../renderer/db/repositories/templates';
import type { RichText } from '../../../../renderer/domain/model';
import { docxParts, paragraphTexts } from '../../documents/support/docx-xml';
import { freshDatabase } from '../reset';

/**
 * A stand-in for the browser's Worker that runs what the minutes worker runs (it reads the meeting from this
 * process's database), so the page's side (what it posts, what it does with the answer) is what is tested.
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
  async postMessage(message: {
    from: string;
    id: number;
    meetingId: string;
    part: 'A' | 'B';
  }): Promise<void> {
    this.posted.push(message);
    if (InProcessWorker.failNext) {
      InProcessWorker.failNext = false;
      for (const listener of this.listeners.error ?? []) listener({ message: 'out of memory' });
      return;
    }
    const { makeMeetingMinutes } = await import('../../../../renderer/db/minutes-worker/make-minutes');
    const answer = await makeMeetingMinutes(message.meetingId, message.part).then(
      (made) => ({ kind: 'done', ...made }),
      (error: Error) => ({ kind: 'failed', message: error.message }),
    );
    for (const listener of this.listeners.message ?? [])
      listener({ data: { from: message.from, id: message.id, ...answer } });
  }
}

async function freshModule() {
  vi.resetModules();
  return import('../../../../renderer/db/minutes-worker');
}

const typed = (words: string): RichText => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
});

/** A meeting of the Wrenmoor Board with one item minuted. */
async function minutedMeeting(words: string) {
  const committee = await createCommittee({ name: 'Wrenmoor Board', type: 'board', standingItems: [] });
  const meeting = await createMeeting(committee.id, { date: '2026-03-13' });
  const item = await addAgendaItem(meeting.id, { title: 'Budget monitoring' });
  const minute = await takeItem(meeting.id, item.id);
  await saveTypedMinuteHere(minute.id, typed(words));
  return { meeting, minute };
}

const texts = async (bytes: Uint8Array) =>
  paragraphTexts((await docxParts(bytes))['word/document.xml'] ?? '').join('\n');

beforeEach(freshDatabase);
afterEach(() => {
  vi.unstubAllGlobals();
  InProcessWorker.started = [];
});

describe('the minutes worker reads the meeting itself', () => {
  it('is posted only the meeting’s id and the part, and sends back the minutes and their file name', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const { meeting } = await minutedMeeting('The Board noted the forecast underspend.');
    const { makeMinutesInWorker, preloadMinutesWorker } = await freshModule();
    preloadMinutesWorker();
    expect(InProcessWorker.started).toHaveLength(1);
    expect(InProcessWorker.started[0]?.url.pathname).toMatch(/db\/minutes-worker\/minutes\.worker\.ts$/);

    const made = await makeMinutesInWorker(meeting.id, 'A');
    expect(InProcessWorker.started[0]?.posted).toEqual([
      { from: 'chamber-minutes', kind: 'make', id: 1, meetingId: meeting.id, part: 'A' },
    ]);
    expect(made.fileName).toBe('Wrenmoor Board minutes 2026-03-13.docx');
    expect(await texts(made.bytes)).toContain('The Board noted the forecast underspend.');
    expect(made.readMs).toBeGreaterThanOrEqual(0);
    expect(made.buildMs).toBeGreaterThan(0);

    // The page's own build (no Worker) makes the same document.
    vi.stubGlobal('Worker', undefined);
    const here = await (await freshModule()).makeMinutesInWorker(meeting.id, 'A');
    expect(here.fileName).toBe(made.fileName);
    expect(await texts(here.bytes)).toBe(await texts(made.bytes));
  });

  it('says so, in the worker as on the page, when the meeting no longer exists or the template cannot be filled', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const { meeting } = await minutedMeeting('Noted.');
    const inWorker = await freshModule();
    await expect(inWorker.makeMinutesInWorker('gone', 'A')).rejects.toThrow('That meeting no longer exists.');
    // Settings refuses such a file; one that arrived another way (a damaged disk) is stored as it came.
    await db.templates.put({
      id: templateId('minutes'),
      kind: 'minutes',
      name: 'Broken minutes.docx',
      bytes: new Uint8Array([1, 2, 3]),
      uploadedAt: '2026-03-01T09:00:00.000Z',
    });
    const broken = inWorker.makeMinutesInWorker(meeting.id, 'A');
    await expect(broken).rejects.toThrow(
      /The organisation's minutes template “Broken minutes\.docx” could not be filled: .* Upload a corrected template or go back to the built-in one in Settings, Templates\./,
    );

    vi.stubGlobal('Worker', undefined);
    const onPage = await freshModule();
    await expect(onPage.makeMinutesInWorker('gone', 'A')).rejects.toThrow('That meeting no longer exists.');
    await expect(onPage.makeMinutesInWorker(meeting.id, 'A')).rejects.toThrow(
      /template “Broken minutes\.docx” could not be filled/,
    );
  });

  it('says the minutes were not made when the worker fails, and starts a new worker for the next press', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const { meeting } = await minutedMeeting('Noted.');
    const { makeMinutesInWorker } = await freshModule();
    InProcessWorker.failNext = true;
    await expect(makeMinutesInWorker(meeting.id, 'A')).rejects.toThrow(
      'The minutes could not be made: out of memory.',
    );
    expect(await texts((await makeMinutesInWorker(meeting.id, 'A')).bytes)).toContain('Noted.');
    expect(InProcessWorker.started).toHaveLength(2);
  });
});
