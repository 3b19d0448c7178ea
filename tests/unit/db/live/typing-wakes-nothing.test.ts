import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { addAgendaItem } from '../../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../../renderer/db/repositories/minutes';
import { saveTypedMinute } from '../../../../renderer/db/repositories/revisions';
import type { RichText } from '../../../../renderer/domain/model';
import { freshDatabase } from '../reset';

beforeEach(freshDatabase);

const typed = (words: string): RichText => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
});

/** Runs a live query and counts how often it answers; a short wait lets Dexie deliver what it will. */
function watch<T>(query: () => Promise<T>) {
  const answers: T[] = [];
  const subscription = liveQuery(query).subscribe({ next: (value) => answers.push(value) });
  return { answers, stop: () => subscription.unsubscribe() };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

describe('typing into a minute and the live meeting screen', () => {
  it('does not wake the screen’s query of which minutes exist, but taking an item does', async () => {
    const committee = await createCommittee({ name: 'Board', type: 'board', standingItems: [] });
    const meeting = await createMeeting(committee.id, { date: '2026-03-13' });
    const first = await addAgendaItem(meeting.id, { title: 'Budget monitoring' });
    const second = await addAgendaItem(meeting.id, { title: 'Library opening hours' });
    const minute = await takeItem(meeting.id, first.id);
    const taken = watch(() => db.minutes.where('meetingId').equals(meeting.id).primaryKeys());
    await settle();
    expect(taken.answers).toHaveLength(1);

    for (const words of ['The', 'The Chair', 'The Chair welcomed', 'The Chair welcomed everyone.'])
      await saveTypedMinute(minute.id, typed(words));
    await settle();
    expect(taken.answers).toHaveLength(1);
    expect((await db.minutes.get(minute.id))?.text).toEqual(typed('The Chair welcomed everyone.'));

    await takeItem(meeting.id, second.id);
    await settle();
    expect(taken.answers.at(-1)).toHaveLength(2);
    taken.stop();
  });

  it('still wakes a query that reads the minute’s text', async () => {
    const committee = await createCommittee({ name: 'Board', type: 'board', standingItems: [] });
    const meeting = await createMeeting(committee.id, { date: '2026-03-13' });
    const item = await addAgendaItem(meeting.id, { title: 'Budget monitoring' });
    const minute = await takeItem(meeting.id, item.id);
    const text = watch(async () => (await db.minutes.get(minute.id))?.text);
    await settle();
    await saveTypedMinute(minute.id, typed('Noted.'));
    await settle();
    expect(text.answers.at(-1)).toEqual(typed('Noted.'));
    text.stop();
  });
});
