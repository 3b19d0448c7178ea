// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { MemoryRouter, Route, Routes } from 'react-router';
import { freshDatabase } from '../../unit/db/reset';
import { ActionTrackerPage } from '../../../renderer/ui/features/actions/action-tracker-page';

beforeEach(freshDatabase);
afterEach(cleanup);

describe('the action tracker with no actions', () => {
  it('says there are none yet and where they come from, rather than showing an empty grid', async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <MemoryRouter initialEntries={['/actions']}>
          <Routes>
            <Route path="actions" element={<ActionTrackerPage />} />
          </Routes>
        </MemoryRouter>
      </FluentProvider>,
    );
    await screen.findByText(/^No actions yet\. Actions agreed at a meeting/);
    expect(screen.queryByRole('grid', { name: 'Actions' })).toBeNull();
    expect(screen.queryByText(/Choose an action/)).toBeNull();
  });
});
