import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../../renderer/db/repositories/minutes';
import { approveMinutes } from '../../../../renderer/db/repositories/minutes-approval';
import { SignedMinutesRefused } from '../../../../renderer/db/repositories/signed-minutes';
import type { TypedMinuteAnswer, TypedMinuteRequest } from '../../../../renderer/db/typing-worker/messages';
import { richTextFromPlain, richTextToPlain } from '../../../../renderer/domain/rich-text';
import { freshDatabase } from '../reset';

/** The worker's global scope, stood in for in this process: messages in, answers out. */
const scope = new EventTarget() as EventTarget & { postMessage: (answer: TypedMinuteAnswer) => void };
const answers: TypedMinuteAnswer[] = [];
scope.postMessage = (answer) => answers.push(answer);

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  await import('../../../../renderer/db/typing-worker/typing.worker');
});
beforeEach(async () => {
  await freshDatabase();
  answers.length = 0;
});
afterAll(() => vi.unstubAllGlobals());

function send(request: TypedMinuteRequest): void {
  scope.dispatchEvent(new MessageEvent('message', { data: request }));
}

async function takenMinute() {
  const committee = await createCommittee({ name: 'Planning Committee', type: 'committee' });
  const meeting = await createMeeting(committee.id, { date: '2027-01-12' });
  const next = await createMeeting(committee.id, { date: '2027-02-09' });
  const items = await db.agendaItems.where('meetingId').equals(meeting.id).sortBy('order');
  const minute = await takeItem(meeting.id, items[0]!.id);
  const approve = async () => {
    const minutesItem = (await db.agendaItems.where('meetingId').equals(next.id).toArray()).find(
      (item) => item.standingKind === 'previousMinutes',
    )!;
    await approveMinutes(minutesItem.id, { decision: 'approved', approvedOn: '2027-02-09', amendments: [] });
  };
  return { minute, approve };
}

const storedText = async (minuteId: string) => richTextToPlain((await db.minutes.get(minuteId))!.text);

describe('the typing worker', () => {
  it('stores keys sent one after another in order, each answered with when it committed', async () => {
    const { minute } = await takenMinute();
    const words = ['The', 'The Chair', 'The Chair welcomed', 'The Chair welcomed everyone.'];
    words.forEach((text, index) =>
      send({ id: index + 1, minuteId: minute.id, text: richTextFromPlain(text) }),
    );
    await expect.poll(() => answers.length).toBe(4);
    expect(answers.map((answer) => [answer.id, answer.outcome])).toEqual([
      [1, 'done'],
      [2, 'done'],
      [3, 'done'],
      [4, 'done'],
    ]);
    expect(await storedText(minute.id)).toBe('The Chair welcomed everyone.');
    const change = await db.changes.orderBy('hlc').last();
    expect([change?.recordId, change?.fields]).toEqual([minute.id, ['text']]);
  });

  it('refuses signed minutes with the clerk’s message, and stores them with a reason', async () => {
    const { minute, approve } = await takenMinute();
    send({ id: 1, minuteId: minute.id, text: richTextFromPlain('The Chair welcomed everyone.') });
    await expect.poll(() => answers.length).toBe(1);
    await approve();

    send({ id: 2, minuteId: minute.id, text: richTextFromPlain('The Chair welcomed residents.') });
    await expect.poll(() => answers.length).toBe(2);
    const refused = answers[1]!;
    expect(refused.outcome).toBe('refused');
    expect(refused.outcome !== 'done' && refused.message).toBe(
      new SignedMinutesRefused('2027-01-12').message,
    );
    expect(await storedText(minute.id)).toBe('The Chair welcomed everyone.');

    const correction = { reason: 'Residents, not everyone, were welcomed' };
    send({
      id: 3,
      minuteId: minute.id,
      text: richTextFromPlain('The Chair welcomed residents.'),
      correction,
    });
    await expect.poll(() => answers.length).toBe(3);
    expect(answers[2]!.outcome).toBe('done');
    expect(await storedText(minute.id)).toBe('The Chair welcomed residents.');
  });

  it('writes afresh over what the page wrote since, with a stamp after the page’s', async () => {
    const { minute } = await takenMinute();
    send({ id: 1, minuteId: minute.id, text: richTextFromPlain('The Chair') });
    await expect.poll(() => answers.length).toBe(1);
    // The page (another context) writes the minute: the worker's next key must not be stamped before it.
    const { saveTypedMinuteHere } = await import('../../../../renderer/db/repositories/typed-minute');
    await saveTypedMinuteHere(minute.id, richTextFromPlain('The Chair welcomed'));
    const pageStamp = (await db.changes.orderBy('hlc').last())!.hlc;
    send({ id: 2, minuteId: minute.id, text: richTextFromPlain('The Chair welcomed everyone.') });
    await expect.poll(() => answers.length).toBe(2);
    expect(answers[1]!.outcome).toBe('done');
    expect(await storedText(minute.id)).toBe('The Chair welcomed everyone.');
    const last = (await db.changes.orderBy('hlc').last())!;
    expect(last.hlc > pageStamp).toBe(true);
  });
});
