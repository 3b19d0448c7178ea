import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../reset';
import { db } from '../../../../renderer/db/database';
import { loadArchive } from '../../../../bench/archive-tools/load-archive';
import { landmarks, smallArchive } from '../../../../renderer/domain/archive';
import {
  closeSearch,
  openSearch,
  searchArchive,
  snippetOf,
  loadSavedIndex,
} from '../../../../renderer/db/search';
import { saveMinuteText } from '../../../../renderer/db/repositories/minutes';
import { richTextFromPlain } from '../../../../renderer/domain/rich-text';

/** The archive's minutes are signed: editing one is a correction, with its reason. */
const corrected = { reason: 'A correction for the search test' };

const options = { ...smallArchive, committees: 1, years: 1, documentPaddingBytes: 200, today: '2025-03-01' };

/** The search with every year open (openSearch answers once the newest year is). */
async function openWhole() {
  const search = await openSearch();
  await search.whole;
  return search;
}

beforeEach(async () => {
  closeSearch();
  await freshDatabase();
  await loadArchive(options);
});

describe('searching the archive', () => {
  it('finds a phrase in the minutes and opens at its meeting, with the words marked', async () => {
    const { index } = await openWhole();
    const { hits } = searchArchive(index, landmarks.minutePhrase);
    const minute = hits.find((hit) => hit.kind === 'minute');
    expect(minute).toBeDefined();
    const stored = await db.minutes.get(minute?.recordId ?? '');
    expect(minute?.meetingId).toBe(stored?.meetingId);
    const snippet = await snippetOf(minute!);
    expect(snippet.filter((part) => part.match).map((part) => part.text.toLowerCase())).toEqual(
      expect.arrayContaining(['kittiwake', 'lane', 'footbridge']),
    );
  });

  it('finds words that appear only inside an attached report', async () => {
    const { index } = await openWhole();
    const { hits } = searchArchive(index, landmarks.reportPhrase);
    expect(hits.map((hit) => hit.kind)).toEqual(['document']);
  });

  it('filters by committee, date range and kind', async () => {
    const { index } = await openWhole();
    const all = searchArchive(index, 'budget', {}, 1000).hits;
    expect(all.length).toBeGreaterThan(0);
    const kinds = searchArchive(index, 'budget', { kinds: ['resolution'] }, 1000).hits;
    expect(kinds.every((hit) => hit.kind === 'resolution')).toBe(true);
    const late = searchArchive(index, 'budget', { from: '2024-11-01' }, 1000).hits;
    expect(late.every((hit) => hit.date >= '2024-11-01')).toBe(true);
    expect(late.length).toBeLessThan(all.length);
    expect(searchArchive(index, 'budget', { committeeId: 'someone-else' }).hits).toEqual([]);
  });

  it('is saved, and keeps up with minutes edited after it was saved', async () => {
    expect(await loadSavedIndex()).toBeDefined();
    const search = await openWhole();
    expect(search.origin).toBe('saved');
    const minute = (await db.minutes.toArray())[5]!;
    await saveMinuteText(
      minute.id,
      richTextFromPlain('Members praised the zeppelin mooring mast proposal.'),
      corrected,
    );
    await search.refresh();
    expect(searchArchive(search.index, 'zeppelin').hits.map((hit) => hit.recordId)).toEqual([minute.id]);
    // A restart reads the saved index and catches up from the change log.
    closeSearch();
    const again = await openWhole();
    expect(searchArchive(again.index, 'zeppelin mooring').hits.map((hit) => hit.recordId)).toEqual([
      minute.id,
    ]);
  });
});
