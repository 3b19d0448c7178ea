import { Dexie, type ObservabilitySet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAgendaItem } from '../../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { saveConclusions, takeItem } from '../../../../renderer/db/repositories/minutes';
import { saveTypedMinute } from '../../../../renderer/db/repositories/revisions';
import { changedOnlyMinuteText } from '../../../../renderer/db/text-only-commits';
import type { RichText } from '../../../../renderer/domain/model';
import { freshDatabase } from '../reset';

beforeEach(freshDatabase);

const typed = (words: string): RichText => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
});

/** Every commit's set of changes, as Dexie announces it, and a copy of it as another context receives it. */
const announced: ObservabilitySet[] = [];
const keep = (parts: ObservabilitySet) => announced.push(parts);
beforeEach(() => {
  announced.length = 0;
  Dexie.on.storagemutated.subscribe(keep);
});
afterEach(() => Dexie.on.storagemutated.unsubscribe(keep));

describe('a keystroke stored in the typing worker, as the page hears of it', () => {
  it('is known as a change to the text only, from a copy of what the commit changed', async () => {
    const committee = await createCommittee({ name: 'Board', type: 'board', standingItems: [] });
    const meeting = await createMeeting(committee.id, { date: '2026-03-13' });
    const item = await addAgendaItem(meeting.id, { title: 'Budget monitoring' });
    const minute = await takeItem(meeting.id, item.id);

    announced.length = 0;
    await saveTypedMinute(minute.id, typed('The Chair'), typed('The'));
    const typing = announced.at(-1);
    expect(typing && changedOnlyMinuteText(structuredClone(typing))).toBe(true);

    // Any other change to the minute, copied the same way, is not taken for typing: the facts are read again.
    await saveConclusions(minute.id, ['The Board noted the report.']);
    const other = announced.at(-1);
    expect(other && changedOnlyMinuteText(structuredClone(other))).toBe(false);
  });
});
