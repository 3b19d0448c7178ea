import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../reset';
import { db } from '../../../../renderer/db/database';
import {
  applyChanges,
  buildIndex,
  closeSearch,
  loadSavedIndex,
  openSearch,
  saveIndex,
  searchArchive,
} from '../../../../renderer/db/search';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting, rescheduleMeeting } from '../../../../renderer/db/repositories/meetings';
import { saveMinuteText, takeItem } from '../../../../renderer/db/repositories/minutes';
import { addAction, removeAction } from '../../../../renderer/db/repositories/actions';
import { richTextFromPlain } from '../../../../renderer/domain/rich-text';

let committeeId = '';
let june2023 = '';
let june2024 = '';

async function minuteIn(meetingId: string, text: string): Promise<string> {
  const item = (await db.agendaItems.where('meetingId').equals(meetingId).sortBy('order'))[0]!;
  const minute = await takeItem(meetingId, item.id);
  await saveMinuteText(minute.id, richTextFromPlain(text));
  return minute.id;
}

async function savedRows(): Promise<string[]> {
  return (await db.searchIndex.toCollection().primaryKeys()).map(String).sort();
}

beforeEach(async () => {
  closeSearch();
  await freshDatabase();
  committeeId = (
    await createCommittee({
      name: 'Harbourside Partnership Board',
      type: 'board',
    })
  ).id;
  june2023 = (await createMeeting(committeeId, { date: '2023-06-14' })).id;
  june2024 = (await createMeeting(committeeId, { date: '2024-06-12' })).id;
});

describe("the search index saved a committee's year at a time", () => {
  it('saves one FlexSearch export per committee and year and opens to the same results, filters included', async () => {
    const early = await minuteIn(june2023, 'The lighthouse restoration grant was agreed.');
    const late = await minuteIn(june2024, 'Lighthouse keepers cottage repairs were noted.');
    await db.searchIndex.put({
      key: 'minisearch',
      value: { json: '{}', indexedUpTo: '' },
    });
    await db.searchIndex.put({
      key: 'search:shard:2023',
      value: { format: 2 },
    });
    const { index, indexedUpTo } = await buildIndex();
    const found = searchArchive(index, 'lighthouse');
    expect(found.hits.map((hit) => hit.recordId).sort()).toEqual([early, late].sort());

    expect((await saveIndex(index, indexedUpTo)).shardsWritten).toBe(2);
    // The old single-row index is gone; a list and one row per committee's year are stored.
    expect(await savedRows()).toEqual([
      `search:piece:2023:${committeeId}`,
      `search:piece:2024:${committeeId}`,
      'search:pieces',
    ]);

    const opened = await loadSavedIndex();
    expect(opened?.indexedUpTo).toBe(indexedUpTo);
    expect(searchArchive(opened!.index, 'lighthouse')).toEqual(found);
    expect(
      searchArchive(opened!.index, 'lighthouse', {
        from: '2024-01-01',
      }).hits.map((h) => h.recordId),
    ).toEqual([late]);
    expect(searchArchive(opened!.index, 'lighthouse', { committeeId: 'another' }).total).toBe(0);
    expect(searchArchive(opened!.index, 'lighthouse', { kinds: ['action'] }).total).toBe(0);
  });

  it('catches up an edit from the change log and rewrites only the year it touched', async () => {
    await minuteIn(june2023, 'The lighthouse restoration grant was agreed.');
    const late = await minuteIn(june2024, 'Lighthouse keepers cottage repairs were noted.');
    const built = await buildIndex();
    await saveIndex(built.index, built.indexedUpTo);

    const { index, indexedUpTo } = (await loadSavedIndex())!;
    await saveMinuteText(late, richTextFromPlain('Members praised the zeppelin mooring mast proposal.'));
    const { upTo, changed } = await applyChanges(index, indexedUpTo);
    expect(changed).toBe(1);
    expect(searchArchive(index, 'zeppelin mooring').hits.map((hit) => hit.recordId)).toEqual([late]);
    expect(searchArchive(index, 'lighthouse').total).toBe(1);
    expect(index.unsaved).toEqual([`2024:${committeeId}`]);
    expect((await saveIndex(index, upTo)).shardsWritten).toBe(1);

    const reopened = (await loadSavedIndex())!;
    expect(reopened.indexedUpTo).toBe(upTo);
    expect(searchArchive(reopened.index, 'zeppelin').hits.map((hit) => hit.recordId)).toEqual([late]);
    expect(searchArchive(reopened.index, 'lighthouse').total).toBe(1);
  });

  it('moves entries to the new year when a meeting is rescheduled, and forgets removed records', async () => {
    const december = (await createMeeting(committeeId, { date: '2024-12-11' })).id;
    const action = await addAction(december, '', {
      text: 'Chase the zeppelin contractor',
    });
    const built = await buildIndex();
    await saveIndex(built.index, built.indexedUpTo);
    const { index, indexedUpTo } = (await loadSavedIndex())!;

    await rescheduleMeeting(december, {
      date: '2025-01-15',
      startTime: '18:00',
      venue: 'Committee Room 1',
    });
    const moved = await applyChanges(index, indexedUpTo);
    expect(searchArchive(index, 'zeppelin', { from: '2025-01-01' }).hits.map((h) => h.recordId)).toEqual([
      action.id,
    ]);
    expect(searchArchive(index, 'zeppelin').total).toBe(1);
    expect([...index.unsaved].sort()).toEqual([`2024:${committeeId}`, `2025:${committeeId}`]);

    await removeAction(action.id);
    const removed = await applyChanges(index, moved.upTo);
    expect(searchArchive(index, 'zeppelin').total).toBe(0);
    await saveIndex(index, removed.upTo);
    const reopened = (await loadSavedIndex())!;
    expect(searchArchive(reopened.index, 'zeppelin').total).toBe(0);
    expect(searchArchive(reopened.index, 'contractor').total).toBe(0);
    expect(reopened.index.documentCount).toBe(index.documentCount);
  });

  it('builds the index again when a saved year cannot be read', async () => {
    const early = await minuteIn(june2023, 'The lighthouse restoration grant was agreed.');
    const built = await buildIndex();
    await saveIndex(built.index, built.indexedUpTo);
    await db.searchIndex.put({
      key: `search:piece:2023:${committeeId}`,
      value: { format: 0 },
    });
    expect(await loadSavedIndex()).toBeUndefined();
    // The newest year opens and answers at once; the unreadable older one sets off a build from the records.
    const search = await openSearch();
    await search.whole;
    expect(search.origin).toBe('built');
    expect(searchArchive(search.index, 'lighthouse').hits.map((hit) => hit.recordId)).toEqual([early]);
    expect(await loadSavedIndex()).toBeDefined();
  });
});

describe('what a query matches', () => {
  it('needs every word, finds words by their beginnings, and allows a slip only when nothing matches', async () => {
    const early = await minuteIn(june2023, 'The lighthouse restoration grant was agreed.');
    const late = await minuteIn(june2024, 'Lighthouse keepers cottage repairs were noted.');
    const { index } = await buildIndex();
    const ids = (query: string) => searchArchive(index, query).hits.map((hit) => hit.recordId);
    expect(ids('lighthouse grant')).toEqual([early]);
    expect(ids('grant lighth')).toEqual([early]);
    expect(ids('lighthouse restoration')).toEqual([early]);
    // Both words are in the archive, never together: nothing, rather than a guess.
    expect(ids('restoration cottage')).toEqual([]);
    // Nothing has both words: FlexSearch's suggestions find the record with the word that does match.
    expect(ids('cottage lighthose')).toEqual([late]);
    expect(searchArchive(index, 'cottage lighthose').hits[0]?.terms).toEqual(['cottage', 'lighthose']);
  });

  it('puts title matches first and stops after the newest years once it has enough', async () => {
    const committee = await createCommittee({
      name: 'Dunes Board',
      type: 'board',
    });
    const years = ['2019', '2020', '2021', '2022'];
    for (const year of years) {
      const meeting = (await createMeeting(committee.id, { date: `${year}-06-12` })).id;
      await minuteIn(meeting, 'The marram grass planting was reviewed.');
      await addAction(meeting, '', {
        text: 'Marram survey',
        ownerText: 'Dunes officer',
      });
    }
    const { index } = await buildIndex();
    const found = searchArchive(index, 'marram', {}, 2);
    expect(found.hits.map((hit) => [hit.kind, hit.date.slice(0, 4)])).toEqual([
      ['action', '2022'],
      ['minute', '2022'],
    ]);
    expect(found.complete).toBe(false);
    const all = searchArchive(index, 'marram', {}, 50);
    expect(all.total).toBe(8);
    expect(all.complete).toBe(true);
    expect(all.hits.slice(0, 4).every((hit) => hit.kind === 'action')).toBe(true);
  });

  it('takes a word that is in the archive as meant, even when the filters leave nothing', async () => {
    await minuteIn(june2023, 'The lighthouse restoration grant was agreed.');
    const action = await addAction(june2023, '', { text: 'Book the lighthorse display team' });
    const { index } = await buildIndex();
    expect(searchArchive(index, 'lighthouse', { kinds: ['action'] }).total).toBe(0);
    // A doubled letter typed by mistake is forgiven: FlexSearch's encoder folds repeated letters.
    expect(searchArchive(index, 'lighthorsee', { kinds: ['action'] }).hits.map((h) => h.recordId)).toEqual([
      action.id,
    ]);
  });
});
