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
});
