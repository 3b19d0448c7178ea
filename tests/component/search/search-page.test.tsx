// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { MemoryRouter } from 'react-router';
import { freshDatabase } from '../../unit/db/reset';
import { db } from '../../../renderer/db/database';
import { closeSearch } from '../../../renderer/db/search';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { saveMinuteText, takeItem } from '../../../renderer/db/repositories/minutes';
import { richTextFromPlain } from '../../../renderer/domain/rich-text';
import { SearchPage } from '../../../renderer/ui/features/search/search-page';

let meetingId = '';
beforeEach(async () => {
  closeSearch();
  await freshDatabase();
  const committee = await createCommittee({ name: 'Harbourside Partnership Board', type: 'board' });
  meetingId = (await createMeeting(committee.id, { date: '2024-03-13' })).id;
});
afterEach(() => {
  cleanup();
  closeSearch();
});

describe('the search screen', () => {
  it('finds words typed into a minute after the screen opened, marked, linking to the meeting', async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <MemoryRouter>
          <SearchPage />
        </MemoryRouter>
      </FluentProvider>,
    );
    await userEvent.type(screen.getByRole('searchbox'), 'lighthouse');
    await screen.findByText('Nothing found. Try fewer words, or widen the filters.');

    const item = (await db.agendaItems.where('meetingId').equals(meetingId).sortBy('order'))[0]!;
    const minute = await takeItem(meetingId, item.id);
    await saveMinuteText(minute.id, richTextFromPlain('Members discussed the lighthouse restoration grant.'));

    const results = await screen.findByRole('region', { name: 'Results' });
    const hit = await within(results).findByRole('listitem', {}, { timeout: 5000 });
    expect(within(hit).getByRole('link').getAttribute('href')).toBe(
      `/meetings/${meetingId}?minute=${minute.id}`,
    );
    await within(hit).findByText('lighthouse');
    expect(within(hit).getByText('lighthouse').tagName).toBe('MARK');
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
    render(
      <FluentProvider theme={webLightTheme}>
        <MemoryRouter>
          <SearchPage />
        </MemoryRouter>
      </FluentProvider>,
    );
    await userEvent.type(screen.getByRole('searchbox'), 'breakwater');
    const results = await screen.findByRole('region', { name: 'Results' });
    const hitOf = async (words: RegExp) =>
      (await within(results).findAllByRole('listitem')).find((hit) => words.test(hit.textContent ?? ''));
    await within(results).findByText('Exempt – paragraph 3');
    const exempt = await hitOf(/Harbour wall tender/);
    const open = await hitOf(/Harbour wall repairs/);
    expect(exempt?.textContent).toContain('Exempt – paragraph 3');
    expect(open?.textContent).not.toContain('Exempt');
  });
});
