import { beforeEach, describe, expect, it } from 'vitest';
import { ChamberDatabase, db } from '../../../../renderer/db/database';
import { gateTables, updateRecord } from '../../../../renderer/db/gate';
import { addAgendaItem } from '../../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../../renderer/db/repositories/minutes';
import { saveTypedMinute } from '../../../../renderer/db/repositories/revisions';
import { writeTransaction } from '../../../../renderer/db/repositories/transaction';
import type { Meeting, Minute, RichText } from '../../../../renderer/domain/model';
import { freshDatabase } from '../reset';
import { storedStamps } from '../stored-stamps';

beforeEach(freshDatabase);

const typed = (words: string): RichText => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
});

async function takenMinute() {
  const committee = await createCommittee({ name: 'Board', type: 'board', standingItems: [] });
  const meeting = await createMeeting(committee.id, { date: '2026-03-13' });
  const item = await addAgendaItem(meeting.id, { title: 'Budget monitoring' });
  return takeItem(meeting.id, item.id);
}

const logOf = async (recordId: string) =>
  (await db.changes.orderBy('seq').toArray()).filter((entry) => entry.recordId === recordId);

/** The change log in the order it was written must also be in clock order: sync and search read it by stamp. */
async function expectLogInClockOrder() {
  const stamps = (await db.changes.orderBy('seq').toArray()).map((entry) => entry.hlc);
  expect(stamps).toEqual([...stamps].sort());
}

describe('storing a minute as the clerk types, key after key', () => {
  it('stores every version, stamps the text with the latest clock and keeps one log entry for the burst', async () => {
    const minute = await takenMinute();
    const before = (await logOf(minute.id)).length;
    for (const words of ['The', 'The Chair', 'The Chair welcomed', 'The Chair welcomed everyone.']) {
      await saveTypedMinute(minute.id, typed(words));
      expect((await db.minutes.get(minute.id))?.text).toEqual(typed(words));
    }
    const log = await logOf(minute.id);
    expect(log).toHaveLength(before + 1);
    expect(log.at(-1)?.fields).toEqual(['text']);
    const stamps = await storedStamps('minutes', minute.id);
    expect(stamps.text).toBe(log.at(-1)?.hlc);
    expect((stamps.text ?? '') > (stamps.number ?? '')).toBe(true);
    expect(await db.minutes.get(minute.id)).toMatchObject({
      number: minute.number,
      meetingId: minute.meetingId,
    });
    await expectLogInClockOrder();
  });

  it('keeps what another window wrote to the minute in between, and stamps both', async () => {
    const minute = await takenMinute();
    await saveTypedMinute(minute.id, typed('The Chair'));
    const otherWindow = new ChamberDatabase();
    await otherWindow.open();
    await otherWindow.transaction('rw', [otherWindow.minutes, ...gateTables(otherWindow)], () =>
      updateRecord<Minute>(otherWindow, 'minutes', minute.id, { startedAt: '2026-03-13T18:05:00.000Z' }),
    );
    otherWindow.close();
    await saveTypedMinute(minute.id, typed('The Chair welcomed everyone.'));
    const stored = await db.minutes.get(minute.id);
    expect(stored?.text).toEqual(typed('The Chair welcomed everyone.'));
    expect(stored?.startedAt).toBe('2026-03-13T18:05:00.000Z');
    const stamps = await storedStamps('minutes', minute.id);
    const log = await logOf(minute.id);
    expect(log.map((entry) => entry.fields)).toEqual([
      ...log.slice(0, -3).map((entry) => entry.fields),
      ['text'],
      ['startedAt'],
      ['text'],
    ]);
    expect(stamps.startedAt).toBe(log.at(-2)?.hlc);
    expect(stamps.text).toBe(log.at(-1)?.hlc);
    await expectLogInClockOrder();
  });

  it('keeps the change log in clock order when another window logs a change to something else', async () => {
    const minute = await takenMinute();
    await saveTypedMinute(minute.id, typed('The Chair'));
    const otherWindow = new ChamberDatabase();
    await otherWindow.open();
    await otherWindow.transaction('rw', [otherWindow.meetings, ...gateTables(otherWindow)], () =>
      updateRecord<Meeting>(otherWindow, 'meetings', minute.meetingId, { venue: 'Committee Room 2' }),
    );
    otherWindow.close();
    await saveTypedMinute(minute.id, typed('The Chair welcomed everyone.'));
    await expectLogInClockOrder();
    const log = await logOf(minute.id);
    expect(log.slice(-2).map((entry) => entry.fields)).toEqual([['text'], ['text']]);
    expect((await storedStamps('minutes', minute.id)).text).toBe(log.at(-1)?.hlc);
  });

  it('keeps the change log in clock order when a write begun just before the keystroke is still waiting', async () => {
    const minute = await takenMinute();
    await saveTypedMinute(minute.id, typed('The Chair'));
    // Begun before the key's write, it goes first, but it reads first and so takes its stamp later.
    const earlier = writeTransaction([db.meetings], () =>
      updateRecord<Meeting>(db, 'meetings', minute.meetingId, { venue: 'Committee Room 2' }),
    );
    const typing = saveTypedMinute(minute.id, typed('The Chair welcomed'));
    await Promise.all([earlier, typing]);
    await saveTypedMinute(minute.id, typed('The Chair welcomed everyone.'));
    expect((await db.minutes.get(minute.id))?.text).toEqual(typed('The Chair welcomed everyone.'));
    expect((await db.meetings.get(minute.meetingId))?.venue).toBe('Committee Room 2');
    await expectLogInClockOrder();
    const stamps = await storedStamps('minutes', minute.id);
    const log = await logOf(minute.id);
    expect(log.at(-1)?.fields).toEqual(['text']);
    expect(stamps.text).toBe(log.at(-1)?.hlc);
  });

  it('says so, and stores nothing, when the minute has gone', async () => {
    const minute = await takenMinute();
    await saveTypedMinute(minute.id, typed('The Chair'));
    await db.transaction('rw', [db.minutes], () => db.minutes.delete(minute.id));
    await expect(saveTypedMinute(minute.id, typed('The Chair welcomed'))).rejects.toThrow(
      /No minutes record/,
    );
    expect(await db.minutes.get(minute.id)).toBeUndefined();
  });
});
