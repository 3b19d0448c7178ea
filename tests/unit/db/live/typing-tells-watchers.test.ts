import { Dexie, type ObservabilitySet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { addAgendaItem } from '../../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../../renderer/db/repositories/minutes';
import { saveTypedMinute } from '../../../../renderer/db/repositories/revisions';
import type { RichText } from '../../../../renderer/domain/model';
import { freshDatabase } from '../reset';

beforeEach(freshDatabase);
afterEach(() => vi.useRealTimers());

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

/**
 * The stores Dexie says each committed write touched (what live queries and the search index watch): its parts
 * named idb://database/store/..., leaving out Chamber's own mark of a text-only commit (text-only-commits.ts).
 */
function watchMutations(): { tables: () => string[][]; stop: () => void } {
  const seen: string[][] = [];
  const stores = (parts: ObservabilitySet) =>
    Object.keys(parts)
      .filter((part) => part.startsWith('idb://'))
      .map((part) => part.split('/')[3] ?? '');
  const listener = (parts: ObservabilitySet) => seen.push([...new Set(stores(parts))].sort());
  Dexie.on('storagemutated', listener);
  return { tables: () => seen, stop: () => Dexie.on.storagemutated.unsubscribe(listener) };
}

describe('keys stored one after another tell the rest of the app what changed', () => {
  it('announces the minute (its stamps within it) and the change log for every key, the quick ones too', async () => {
    const minute = await takenMinute();
    await saveTypedMinute(minute.id, typed('The'));
    const watch = watchMutations();
    for (const words of ['The Chair', 'The Chair welcomed', 'The Chair welcomed everyone.'])
      await saveTypedMinute(minute.id, typed(words));
    watch.stop();
    expect(watch.tables()).toHaveLength(3);
    for (const tables of watch.tables()) expect(tables).toEqual(['changes', 'minutes']);
  });

  it('starts a new change log entry with the next number after a pause in typing', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-13T18:00:00Z'));
    const minute = await takenMinute();
    await saveTypedMinute(minute.id, typed('The Chair'));
    vi.setSystemTime(new Date('2026-03-13T18:00:05Z'));
    await saveTypedMinute(minute.id, typed('The Chair welcomed'));
    vi.setSystemTime(new Date('2026-03-13T18:00:06Z'));
    await saveTypedMinute(minute.id, typed('The Chair welcomed everyone.'));
    const log = await db.changes.orderBy('seq').toArray();
    const typing = log.filter((entry) => entry.recordId === minute.id && entry.fields.join() === 'text');
    expect(typing.map((entry) => entry.at)).toEqual(['2026-03-13T18:00:00.000Z', '2026-03-13T18:00:06.000Z']);
    expect(typing[1]?.seq).toBe(log.at(-1)?.seq);
    expect(log.map((entry) => entry.seq)).toEqual(log.map((_, n) => (log[0]?.seq ?? 0) + n));
    expect((await db.minutes.get(minute.id))?.text).toEqual(typed('The Chair welcomed everyone.'));
  });
});
