import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../reset';
import { db } from '../../../../renderer/db/database';
import { closeSearch, openSearch, searchArchive } from '../../../../renderer/db/search';
import { ArchiveIndex } from '../../../../renderer/db/search/archive-index';
import { recordEntries } from '../../../../renderer/db/search/record-entries';
import type { SearchEntry } from '../../../../renderer/db/search/search-entries';
import { mostWordsPerBeginning } from '../../../../renderer/db/search/word-beginnings';
import { generateArchive, smallArchive } from '../../../../renderer/domain/archive';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { saveMinuteText, takeItem } from '../../../../renderer/db/repositories/minutes';
import { richTextFromPlain } from '../../../../renderer/domain/rich-text';

function entry(id: string, title: string, text: string, kind: SearchEntry['kind'] = 'minute'): SearchEntry {
  return {
    id: `${kind}:${id}`,
    kind,
    recordId: id,
    meetingId: 'meeting',
    committeeId: 'board',
    date: '2024-06-12',
    title,
    text,
  };
}

/** The index after a save and a reopen, as the search screen finds it. */
function savedAndOpened(index: ArchiveIndex): ArchiveIndex {
  const opened = new ArchiveIndex();
  for (const piece of index.takeUnsaved(true)) opened.open(structuredClone(piece));
  return opened;
}

describe('the lighter search index', () => {
  it('stores a committee year in less than half the size of the text it indexes', () => {
    const archive = { ...smallArchive, today: '2025-11-24' };
    const entries = [...generateArchive(archive)].flatMap((batch) => recordEntries(batch));
    const index = new ArchiveIndex();
    index.addAll(entries);
    const pieces = index.takeUnsaved(true);
    const stored = pieces.reduce((sum, piece) => sum + piece.packed.byteLength, 0);
    const text = entries.reduce((sum, one) => sum + one.title.length + one.text.length, 0);
    expect(stored).toBeLessThan(text / 2);
    // And the stored pieces answer as the built index does.
    const opened = savedAndOpened(index);
    for (const query of ['flood risk', 'budget', 'site visit', 'kittiw'])
      expect(searchArchive(opened, query)).toEqual(searchArchive(index, query));
  });

  it('finds a word still being typed, in titles and texts, after the index is saved and opened again', () => {
    const index = new ArchiveIndex();
    index.add(entry('m1', 'Kittiwake Lane footbridge', 'The footbridge repairs were agreed.'));
    index.add(entry('m2', 'Harbour wall', 'The lighthouse keepers cottage was let.'));
    index.add(entry('a1', 'Chase the lighthouse contractor', 'Harbour officer', 'action'));
    const opened = savedAndOpened(index);
    const ids = (query: string) =>
      searchArchive(opened, query)
        .hits.map((hit) => hit.recordId)
        .sort();
    expect(ids('kitt')).toEqual(['m1']);
    expect(ids('footbridge rep')).toEqual(['m1']);
    expect(ids('lighth')).toEqual(['a1', 'm2']);
    expect(ids('lighthouse cott')).toEqual(['m2']);
    expect(searchArchive(opened, 'lig', { kinds: ['action'] }).hits.map((hit) => hit.recordId)).toEqual([
      'a1',
    ]);
    // The words marked in the snippet are what was typed: each marks the words it begins.
    expect(searchArchive(opened, 'lighth').hits[0]?.terms).toEqual(['lighth']);
  });

  it('looks a short beginning up as its most used words when it begins very many', () => {
    const index = new ArchiveIndex();
    const rare = Array.from({ length: mostWordsPerBeginning + 10 }, (_, n) => `lig${n.toString(36)}x`);
    rare.forEach((word, n) => index.add(entry(`r${n}`, 'Other business', `${word} was mentioned once.`)));
    index.add(entry('m1', 'Harbour', 'The lighthouse was painted.'));
    index.add(entry('m2', 'Harbour', 'The lighthouse was lit.'));
    index.add(entry('m3', 'Harbour', 'The lighthouse was sold.'));
    const found = searchArchive(index, 'lig', {}, 100).hits.map((hit) => hit.recordId);
    expect(found).toContain('m1');
    expect(found).toContain('m2');
    expect(found).toContain('m3');
    // "lighthouse" (in three records) and the next most used words up to the limit, not every word "lig" begins.
    expect(found.length).toBeGreaterThan(3);
    expect(found.length).toBeLessThan(rare.length + 3);
  });
});

describe('an index saved by an earlier Chamber', () => {
  beforeEach(async () => {
    closeSearch();
    await freshDatabase();
  });

  it('is built again from the records and stored in the lighter form', async () => {
    const committeeId = (await createCommittee({ name: 'Harbourside Partnership Board', type: 'board' })).id;
    const meetingId = (await createMeeting(committeeId, { date: '2023-06-14' })).id;
    const item = (await db.agendaItems.where('meetingId').equals(meetingId).sortBy('order'))[0]!;
    const minute = await takeItem(meetingId, item.id);
    await saveMinuteText(minute.id, richTextFromPlain('The lighthouse restoration grant was agreed.'));
    // What the previous version left: format 3, a FlexSearch "forward" Document export per committee's year.
    const oldKey = `2023:${committeeId}`;
    await db.searchIndex.bulkPut([
      { key: 'search:pieces', value: { format: 3, keys: [oldKey], indexedUpTo: '' } },
      {
        key: `search:piece:${oldKey}`,
        value: { format: 3, key: oldKey, ids: ['minute:gone'], chunks: { '1.reg': '[0]' } },
      },
    ]);

    const search = await openSearch();
    await search.whole;
    expect(search.origin).toBe('built');
    expect(searchArchive(search.index, 'lighthouse').hits.map((hit) => hit.recordId)).toEqual([minute.id]);
    const rows = await db.searchIndex.toArray();
    expect(rows.map((row) => row.key).sort()).toEqual([`search:piece:${oldKey}`, 'search:pieces']);
    const stored = rows.find((row) => row.key === `search:piece:${oldKey}`)?.value as {
      format: number;
      packed: unknown;
    };
    expect(stored.format).toBe(4);
    expect(stored.packed).toBeInstanceOf(Uint8Array);
    expect((rows.find((row) => row.key === 'search:pieces')?.value as { format: number }).format).toBe(4);
  });
});
