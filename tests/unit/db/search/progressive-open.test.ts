import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../reset';
import { db } from '../../../../renderer/db/database';
import {
  buildIndex,
  closeSearch,
  openSearch,
  saveIndex,
  searchArchive,
  searchCoverage,
  type ArchiveIndex,
} from '../../../../renderer/db/search';
import { ArchiveIndex as Index } from '../../../../renderer/db/search/archive-index';
import type { SearchEntry } from '../../../../renderer/db/search/search-entries';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { saveMinuteText, takeItem } from '../../../../renderer/db/repositories/minutes';
import { richTextFromPlain } from '../../../../renderer/domain/rich-text';

const years = ['2022', '2023', '2024'];

/** What the clerk would see for "lighthouse": the years of the hits, and the years said to be unsearched. */
function lighthouse(index: ArchiveIndex) {
  const found = searchArchive(index, 'lighthouse');
  return { found: found.hits.map((hit) => hit.date.slice(0, 4)).sort(), waiting: found.notYetSearched };
}

beforeEach(async () => {
  closeSearch();
  await freshDatabase();
  const committee = await createCommittee({ name: 'Harbourside Partnership Board', type: 'board' });
  for (const year of years) {
    const meetingId = (await createMeeting(committee.id, { date: `${year}-06-12` })).id;
    const item = (await db.agendaItems.where('meetingId').equals(meetingId).sortBy('order'))[0]!;
    const minute = await takeItem(meetingId, item.id);
    await saveMinuteText(minute.id, richTextFromPlain(`The lighthouse repairs of ${year} were noted.`));
  }
  const built = await buildIndex();
  await saveIndex(built.index, built.indexedUpTo);
  closeSearch();
});

describe('the search screen opening the saved index a year at a time', () => {
  it('answers from the newest year at once, names the years not yet searched, and fills in as they open', async () => {
    const search = await openSearch();
    const seen = [lighthouse(search.index)];
    const coverage = [searchCoverage(search.index)];
    search.onProgress(() => {
      seen.push(lighthouse(search.index));
      coverage.push(searchCoverage(search.index));
    });
    await search.whole;

    // At first only the newest year is open (the others may follow before the first look, never before it).
    expect(coverage[0]?.searchable).toContain('2024');
    expect(seen[0]?.found).toContain('2024');
    // At every moment each year is either searched (its minute found) or said to be still loading.
    for (const moment of seen) expect([...moment.found, ...moment.waiting].sort()).toEqual(years);
    for (const moment of coverage) expect([...moment.searchable, ...moment.waiting].sort()).toEqual(years);
    // In the end everything is found and nothing is waiting.
    expect(seen.at(-1)).toEqual({ found: years, waiting: [] });
    expect(searchCoverage(search.index)).toEqual({ searchable: ['2024', '2023', '2022'], waiting: [] });
    expect(search.origin).toBe('saved');
  });
});

describe('changes applied while older years are still opening', () => {
  const entry = (id: string, date: string, text: string): SearchEntry => ({
    id: `minute:${id}`,
    kind: 'minute',
    recordId: id,
    meetingId: `meeting-${date}`,
    committeeId: 'board',
    date,
    title: 'Harbour',
    text,
  });

  /** An index saved with one minute per year, reopened with only the newest year open. */
  function reopenedNewestOnly() {
    const saved = new Index();
    saved.addAll([
      entry('m2022', '2022-06-12', 'The lighthouse repairs were noted.'),
      entry('m2023', '2023-06-12', 'The lighthouse lamp was replaced.'),
      entry('m2024', '2024-06-12', 'The lighthouse keeper retired.'),
    ]);
    const pieces = saved.takeUnsaved(true).sort((a, b) => (a.key < b.key ? 1 : -1));
    const index = new Index([], ['2022:board', '2023:board', '2024:board']);
    index.open(pieces[0]!);
    return { index, older: pieces.slice(1) };
  }

  it('keeps an edit, a move and a removal made before the saved year opened', () => {
    const { index, older } = reopenedNewestOnly();
    expect(index.waiting).toEqual(['2023:board', '2022:board']);
    expect(searchArchive(index, 'lighthouse').notYetSearched).toEqual(['2023', '2022']);

    // While 2022 and 2023 wait: the 2023 minute is rewritten, the 2022 one moves to 2024, a new one is added.
    index.add(entry('m2023', '2023-06-12', 'The foghorn was replaced.'));
    index.add(entry('m2022', '2024-01-10', 'The lighthouse repairs were noted again.'));
    index.add(entry('new2023', '2023-09-01', 'A lighthouse open day was agreed.'));
    // The moved minute is found in its new year at once.
    expect(searchArchive(index, 'again').hits.map((hit) => hit.recordId)).toEqual(['m2022']);

    for (const piece of older) index.open(piece);
    expect(index.waiting).toEqual([]);
    const ids = (query: string) =>
      searchArchive(index, query)
        .hits.map((hit) => hit.recordId)
        .sort();
    // The saved copies of the older years did not bring back what was changed while they waited.
    expect(ids('lighthouse')).toEqual(['m2022', 'm2024', 'new2023']);
    expect(ids('foghorn')).toEqual(['m2023']);
    expect(ids('lamp')).toEqual([]);
    expect(searchArchive(index, 'lighthouse').notYetSearched).toEqual([]);
    expect(index.documentCount).toBe(4);
    // Both older years changed from their saved copies, so both are saved again.
    expect([...index.unsaved].sort()).toEqual(['2022:board', '2023:board', '2024:board']);
  });

  it('forgets a record removed before its year opened', () => {
    const { index, older } = reopenedNewestOnly();
    index.discard('minute:m2022');
    for (const piece of older) index.open(piece);
    expect(searchArchive(index, 'repairs').total).toBe(0);
    expect(searchArchive(index, 'lighthouse').total).toBe(2);
  });
});
