// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { freshDatabase } from '../../unit/db/reset';
import { db } from '../../../renderer/db/database';
import { closeSearch } from '../../../renderer/db/search';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { saveMinuteText, takeItem } from '../../../renderer/db/repositories/minutes';
import { richTextFromPlain } from '../../../renderer/domain/rich-text';
import { SearchPage } from '../../../renderer/ui/features/search/search-page';
import { withScreenSizedBoxes } from '../support/screen-box';

withScreenSizedBoxes();

let committeeId = '';
let meetingId = '';
beforeEach(async () => {
  closeSearch();
  await freshDatabase();
  committeeId = (await createCommittee({ name: 'Harbourside Partnership Board', type: 'board' })).id;
  meetingId = (await createMeeting(committeeId, { date: '2024-03-13' })).id;
});
afterEach(() => {
  cleanup();
  closeSearch();
});

function Where() {
  const location = useLocation();
  return <p data-testid="opened">{location.pathname + location.search}</p>;
}

function searchScreen() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MemoryRouter initialEntries={['/search']}>
        <Routes>
          <Route path="search" element={<SearchPage />} />
          <Route path="meetings/:id" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </FluentProvider>,
  );
}

/** A minute with these words, taken at a new meeting of the committee on that date. */
async function minuteSaying(committee: string, date: string, title: string, words: string) {
  const meeting = await createMeeting(committee, { date });
  const item = await addAgendaItem(meeting.id, { title });
  const minute = await takeItem(meeting.id, item.id);
  await saveMinuteText(minute.id, richTextFromPlain(words));
  return { meetingId: meeting.id, minuteId: minute.id };
}

const resultsGrid = () => screen.findByRole('grid', { name: 'Search results' });
/** Each result row's title (without its minute number), in the order the grid shows them. */
const titles = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((row) => (row.querySelector('[title]')?.getAttribute('title') ?? '').replace(/^\d+\. /, ''));

describe('the search screen', () => {
  it('finds words typed into a minute after the screen opened, marked, and opens the meeting on Enter', async () => {
    searchScreen();
    await userEvent.type(screen.getByRole('searchbox'), 'lighthouse');
    await screen.findByText('Nothing found. Try fewer words, or widen the filters.');

    const item = (await db.agendaItems.where('meetingId').equals(meetingId).sortBy('order'))[0]!;
    const minute = await takeItem(meetingId, item.id);
    await saveMinuteText(minute.id, richTextFromPlain('Members discussed the lighthouse restoration grant.'));

    const grid = await resultsGrid();
    const row = (await within(grid).findAllByRole('row', {}, { timeout: 5000 }))[1]!;
    expect(row.textContent).toContain('Minutes');
    expect(row.textContent).toContain('Harbourside Partnership Board');
    expect(row.textContent).toContain('13/03/2024');
    expect((await within(row).findByText('lighthouse')).tagName).toBe('MARK');

    act(() => within(row).getAllByRole('gridcell')[2]!.focus());
    await userEvent.keyboard('{Enter}');
    expect((await screen.findByTestId('opened')).textContent).toBe(
      `/meetings/${meetingId}?minute=${minute.id}`,
    );
  });

  it('sorts by meeting date, committee and kind from the headings, and back to the best match', async () => {
    const ferries = (await createCommittee({ name: 'Ferry Services Committee', type: 'committee' })).id;
    await minuteSaying(committeeId, '2023-05-10', 'Lighting scheme', 'The quay lighting scheme was noted.');
    await minuteSaying(ferries, '2024-09-04', 'Night crossings', 'Lighting on the quay for night crossings.');
    await minuteSaying(committeeId, '2022-01-12', 'Wall survey', 'A survey of the quay walls and lighting.');
    await addAgendaItem(meetingId, { title: 'Quay tolls' });
    searchScreen();
    await userEvent.type(screen.getByRole('searchbox'), 'quay');
    const grid = await resultsGrid();
    await waitFor(() => expect(titles(grid)).toHaveLength(4));
    const best = titles(grid);
    // Ranked by the search: a match in a title first, then newest years first.
    expect(best.slice(0, 2)).toEqual(['Quay tolls', 'Night crossings']);

    const heading = (name: RegExp) => within(grid).getByRole('columnheader', { name });
    await userEvent.click(heading(/Meeting/));
    expect(titles(grid)).toEqual(['Wall survey', 'Lighting scheme', 'Quay tolls', 'Night crossings']);
    expect(heading(/Meeting/).getAttribute('aria-sort')).toBe('ascending');
    await userEvent.click(heading(/Meeting/));
    expect(titles(grid)).toEqual(['Night crossings', 'Quay tolls', 'Lighting scheme', 'Wall survey']);
    await userEvent.click(heading(/Committee/));
    // Ferry Services before Harbourside, each committee's results best first.
    expect(titles(grid)).toEqual(['Night crossings', ...best.filter((title) => title !== 'Night crossings')]);
    // Minutes before agenda items, each kind best first.
    await userEvent.click(heading(/Found in/));
    expect(titles(grid)).toEqual([...best.slice(1), 'Quay tolls']);
    expect(within(grid).getAllByRole('row').at(-1)?.textContent).toContain('Agenda items');
    await userEvent.click(heading(/Result/));
    expect(titles(grid)).toEqual(best);
  });

  it('widens a column with Ctrl+→ on its heading, narrows it with Ctrl+←, and still sorts on Enter', async () => {
    await minuteSaying(committeeId, '2023-05-10', 'Lighting scheme', 'The quay lighting scheme was noted.');
    const user = userEvent.setup();
    searchScreen();
    await user.type(screen.getByRole('searchbox'), 'quay');
    const grid = await resultsGrid();
    const committee = within(grid).getByRole('columnheader', { name: /Committee/ });
    const width = () => committee.style.width;
    expect(width()).toBe('170px');
    act(() => within(committee).getByRole('button').focus());
    await user.keyboard('{Control>}{ArrowRight}{ArrowRight}{/Control}');
    await waitFor(() => expect(width()).toBe('210px'));
    await user.keyboard('{Control>}{ArrowLeft}{/Control}');
    await waitFor(() => expect(width()).toBe('190px'));
    const row = within(grid).getAllByRole('row')[1]!;
    expect(within(row).getAllByRole('gridcell')[2]!.style.width).toBe('190px');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(committee.getAttribute('aria-sort')).toBe('ascending'));
  });

  it('marks what it finds under a Part B item as exempt, with its paragraph, and leaves the public minute unmarked', async () => {
    const publicItem = await addAgendaItem(meetingId, { title: 'Harbour wall repairs' });
    const privateItem = await addAgendaItem(meetingId, {
      title: 'Harbour wall tender',
      part: 'B',
      exemptParagraph: 3,
      publicInterestReason: 'The tender prices would harm the council’s position if known before award.',
    });
    const spoken = await takeItem(meetingId, publicItem.id);
    await saveMinuteText(spoken.id, richTextFromPlain('The breakwater survey was received.'));
    const priced = await takeItem(meetingId, privateItem.id);
    await saveMinuteText(
      priced.id,
      richTextFromPlain('The breakwater tender from Coastal Ltd was accepted.'),
    );
    searchScreen();
    await userEvent.type(screen.getByRole('searchbox'), 'breakwater');
    const grid = await resultsGrid();
    await within(grid).findByText('Exempt – paragraph 3');
    const rowOf = (words: RegExp) =>
      within(grid)
        .getAllByRole('row')
        .find((row) => words.test(row.textContent ?? ''));
    expect(rowOf(/Harbour wall tender/)?.textContent).toContain('Exempt – paragraph 3');
    expect(rowOf(/Harbour wall repairs/)?.textContent).not.toContain('Exempt');
    // The snippet is kept beside the mark, its matched word marked.
    expect(rowOf(/Harbour wall tender/)?.querySelector('mark')?.textContent).toBe('breakwater');
  });
});
