// @vitest-environment happy-dom
import { cleanup, configure, renderHook, waitFor } from '@testing-library/react';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/db/database';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../renderer/db/repositories/minutes';
import { recordProceeding } from '../../../renderer/db/repositories/proceedings';
import { saveTypedMinute } from '../../../renderer/db/repositories/revisions';
import { richTextFromPlain } from '../../../renderer/domain/rich-text';
import { useMinuteFacts } from '../../../renderer/ui/features/live-meeting/use-minute-facts';
import { freshDatabase } from '../../unit/db/reset';

configure({ asyncUtilTimeout: 15_000 });
beforeEach(freshDatabase);
afterEach(cleanup);

describe('the live screen’s sections beside the minute text', () => {
  it('are not drawn again while the clerk types, and are as soon as the running order changes', async () => {
    const committee = await createCommittee({ name: 'Board', type: 'board', standingItems: [] });
    const meeting = await createMeeting(committee.id, { date: '2026-03-13' });
    const item = await addAgendaItem(meeting.id, { title: 'Budget monitoring' });
    const minute = await takeItem(meeting.id, item.id);
    let draws = 0;
    const two = renderHook(() => useMinuteFacts(minute.id));
    const one = renderHook(() => {
      draws += 1;
      return useMinuteFacts(minute.id);
    });
    await waitFor(() => expect(one.result.current?.meetingId).toBe(meeting.id));
    const before = one.result.current;
    const drawsBefore = draws;

    for (const words of ['The', 'The Chair', 'The Chair welcomed', 'The Chair welcomed everyone.'])
      await saveTypedMinute(minute.id, richTextFromPlain(words));
    // Something the sections do show, stored after the typing: once it is drawn, the typing has been seen too.
    await recordProceeding(minute.id, { kind: 'note', text: 'Members asked about costs.' });
    await waitFor(() => expect(one.result.current?.proceedings).toHaveLength(1));

    expect(one.result.current).not.toBe(before);
    expect(one.result.current).not.toHaveProperty('text');
    // One draw for the running order's change, none for the four stored keystrokes.
    expect(draws - drawsBefore).toBe(1);
    // Both sections read the same answer: one read of the minute for the screen, not one each.
    expect(two.result.current).toBe(one.result.current);
  });

  it('read the minute again for any change but its text: a stored keystroke costs no read of its own', async () => {
    const committee = await createCommittee({ name: 'Board', type: 'board', standingItems: [] });
    const meeting = await createMeeting(committee.id, { date: '2026-03-13' });
    const item = await addAgendaItem(meeting.id, { title: 'Budget monitoring' });
    const minute = await takeItem(meeting.id, item.id);
    const watched = renderHook(() => useMinuteFacts(minute.id));
    await waitFor(() => expect(watched.result.current?.meetingId).toBe(meeting.id));
    // Reads made outside a write's own transaction: the screen's, not the write's checks.
    const read = db.minutes.get.bind(db.minutes);
    let screenReads = 0;
    vi.spyOn(db.minutes, 'get').mockImplementation(((key: string) => {
      if (!Dexie.currentTransaction) screenReads += 1;
      return read(key);
    }) as typeof db.minutes.get);

    for (const words of ['The', 'The Chair', 'The Chair welcomed', 'The Chair welcomed everyone.'])
      await saveTypedMinute(minute.id, richTextFromPlain(words));
    await recordProceeding(minute.id, { kind: 'note', text: 'Members asked about costs.' });
    await waitFor(() => expect(watched.result.current?.proceedings).toHaveLength(1));

    expect(screenReads).toBe(1);
  });
});
