import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { updateRecord } from '../../../../renderer/db/gate';
import { addAgendaItem } from '../../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../../renderer/db/repositories/minutes';
import { saveTypedMinute } from '../../../../renderer/db/repositories/revisions';
import { SignedMinutesRefused } from '../../../../renderer/db/repositories/signed-minutes';
import { writeTransaction } from '../../../../renderer/db/repositories/transaction';
import type { Meeting, RichText } from '../../../../renderer/domain/model';
import { freshDatabase } from '../reset';

beforeEach(freshDatabase);
afterEach(() => vi.restoreAllMocks());

const typed = (words: string): RichText => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
});

/** A minute the clerk has already typed into once in this window: the next key takes the one-round-trip path. */
async function minuteTypedInto() {
  const committee = await createCommittee({ name: 'Board', type: 'board', standingItems: [] });
  const meeting = await createMeeting(committee.id, { date: '2026-03-13' });
  const item = await addAgendaItem(meeting.id, { title: 'Budget monitoring' });
  const minute = await takeItem(meeting.id, item.id);
  await saveTypedMinute(minute.id, typed('The'));
  return minute;
}

/** Counts the transactions committed by the page's own call, rather than by IndexedDB once all is answered. */
const commitsAsked = () => vi.spyOn(IDBTransaction.prototype, 'commit');

describe('a keystroke is committed as soon as its checks have passed', () => {
  it('commits a key typed on at once, and stores it with its log entry', async () => {
    const minute = await minuteTypedInto();
    const commit = commitsAsked();
    await saveTypedMinute(minute.id, typed('The Chair'));
    expect(commit).toHaveBeenCalledTimes(1);
    expect((await db.minutes.get(minute.id))?.text).toEqual(typed('The Chair'));
    const log = (await db.changes.orderBy('seq').toArray()).filter((entry) => entry.recordId === minute.id);
    expect(log.at(-1)?.fields).toEqual(['text']);
  });

  it('commits nothing early, and stores nothing, once the minutes are signed', async () => {
    const minute = await minuteTypedInto();
    await writeTransaction([db.meetings], () =>
      updateRecord<Meeting>(db, 'meetings', minute.meetingId, { status: 'minutesApproved' }),
    );
    const commit = commitsAsked();
    const logged = await db.changes.count();
    await expect(saveTypedMinute(minute.id, typed('The Chair'))).rejects.toBeInstanceOf(SignedMinutesRefused);
    expect(commit).not.toHaveBeenCalled();
    expect((await db.minutes.get(minute.id))?.text).toEqual(typed('The'));
    expect(await db.changes.count()).toBe(logged);
  });

  it('waits for a kept earlier version to be written too before committing', async () => {
    const minute = await minuteTypedInto();
    const commit = commitsAsked();
    await saveTypedMinute(minute.id, typed('The Chair'), typed('The'));
    expect(commit).not.toHaveBeenCalled();
    expect((await db.minutes.get(minute.id))?.text).toEqual(typed('The Chair'));
    const kept = await db.minuteRevisions.where('minuteId').equals(minute.id).toArray();
    expect(kept.map((revision) => revision.text)).toEqual([typed('The')]);
  });
});
