import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../../renderer/db/repositories/minutes';
import type { TypedMinuteAnswer, TypedMinuteRequest } from '../../../../renderer/db/typing-worker/messages';
import { richTextFromPlain, richTextToPlain } from '../../../../renderer/domain/rich-text';
import { freshDatabase } from '../reset';

/** How the stand-in worker answers each request; 'fail to start' fires its error event instead. */
let behaviour: 'refuse' | 'fail to start' = 'refuse';
const refusal =
  'The minutes of the meeting on 12 January 2027 are approved and signed, so they cannot be changed.';

class StandInWorker extends EventTarget {
  postMessage(request: TypedMinuteRequest): void {
    setTimeout(() => {
      if (behaviour === 'fail to start') {
        this.dispatchEvent(new Event('error'));
        return;
      }
      const answer: TypedMinuteAnswer = {
        id: request.id,
        outcome: 'refused',
        name: 'SignedMinutesRefused',
        message: refusal,
      };
      this.dispatchEvent(new MessageEvent('message', { data: answer }));
    }, 0);
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
});
