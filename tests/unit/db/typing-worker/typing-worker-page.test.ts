import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../../renderer/db/repositories/minutes';
import type { TypedMinuteAnswer, TypedMinuteRequest } from '../../../../renderer/db/typing-worker/messages';
import { formatStamp } from '../../../../renderer/domain/hybrid-clock';
import { richTextFromPlain, richTextToPlain } from '../../../../renderer/domain/rich-text';
import { freshDatabase } from '../reset';
import { storedStamps } from '../stored-stamps';

/** How the stand-in worker answers each request; 'fail to start' fires its error event instead. */
let behaviour: 'refuse' | 'fail to start' | 'store with a stamp ahead' = 'refuse';
/** The stamp the stand-in worker says it wrote with: an hour ahead of this thread's clock, as a busy page's can lag. */
const workerStamp = formatStamp({ millis: Date.now() + 3_600_000, counter: 7, deviceId: 'this-laptop' });
const refusal =
  'The minutes of the meeting on 12 January 2027 are approved and signed, so they cannot be changed.';

class StandInWorker extends EventTarget {
  postMessage(request: TypedMinuteRequest): void {
    setTimeout(() => {
      if (behaviour === 'fail to start') {
        this.dispatchEvent(new Event('error'));
        return;
      }
      const answer: TypedMinuteAnswer =
        behaviour === 'refuse'
          ? { id: request.id, outcome: 'refused', name: 'SignedMinutesRefused', message: refusal }
          : { id: request.id, outcome: 'done', committedAt: performance.timeOrigin, stamp: workerStamp };
      this.dispatchEvent(new MessageEvent('message', { data: answer }));
    }, 20);
  }
  terminate(): void {}
}

beforeAll(() => vi.stubGlobal('Worker', StandInWorker));
afterAll(() => vi.unstubAllGlobals());
beforeEach(freshDatabase);

async function takenMinute() {
  const committee = await createCommittee({ name: 'Planning Committee', type: 'committee' });
  const meeting = await createMeeting(committee.id, { date: '2027-01-12' });
  const items = await db.agendaItems.where('meetingId').equals(meeting.id).sortBy('order');
  return takeItem(meeting.id, items[0]!.id);
}

describe('the page’s side of the typing worker', () => {
  it('hands the worker’s refusal on with the clerk’s message, then makes the writes itself if it fails', async () => {
    vi.resetModules();
    const { saveTypedMinute } = await import('../../../../renderer/db/repositories/revisions');
    const minute = await takenMinute();

    behaviour = 'refuse';
    const refused = saveTypedMinute(minute.id, richTextFromPlain('The Chair'));
    await expect(refused).rejects.toThrow(refusal);
    await expect(refused).rejects.toHaveProperty('name', 'SignedMinutesRefused');

    // A worker that cannot run: the keys waiting for it are stored by the page, in order, and so are later ones.
    behaviour = 'fail to start';
    const first = saveTypedMinute(minute.id, richTextFromPlain('The Chair welcomed'));
    const second = saveTypedMinute(minute.id, richTextFromPlain('The Chair welcomed everyone.'));
    await Promise.all([first, second]);
    await saveTypedMinute(minute.id, richTextFromPlain('The Chair welcomed everyone. Apologies.'));
    expect(richTextToPlain((await db.minutes.get(minute.id))!.text)).toBe(
      'The Chair welcomed everyone. Apologies.',
    );
  });

  it('restores an earlier version only after the keys sent to the worker, stamped later than all of them', async () => {
    vi.resetModules();
    const { restoreRevision, saveTypedMinute } =
      await import('../../../../renderer/db/repositories/revisions');
    const { saveTypedMinuteHere } = await import('../../../../renderer/db/repositories/typed-minute');
    const minute = await takenMinute();
    await saveTypedMinuteHere(minute.id, richTextFromPlain('Draft two'), richTextFromPlain('Draft one'));
    const [kept] = await db.minuteRevisions.where('minuteId').equals(minute.id).toArray();

    behaviour = 'store with a stamp ahead';
    const typed = saveTypedMinute(minute.id, richTextFromPlain('Draft three'));
    // Restored at once, while the worker has not yet answered for the last key.
    await restoreRevision(kept!.id);
    await typed;
    expect(richTextToPlain((await db.minutes.get(minute.id))!.text)).toBe('Draft one');
    const restoredStamp = (await storedStamps('minutes', minute.id)).text ?? '';
    expect(restoredStamp > workerStamp).toBe(true);
  });
});
