// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { Loading } from '../../../renderer/ui/common/loading';
import { AppRoutes } from '../../../renderer/ui/routes';
import { ScreenBoundary } from '../../../renderer/ui/shell/screen-boundary';
import { freshDatabase } from '../../unit/db/reset';
import { fakeBridge } from '../support/fake-bridge';
import { withScreenSizedBoxes } from '../support/screen-box';

beforeEach(freshDatabase);
withScreenSizedBoxes();
afterEach(() => {
  cleanup();
  delete window.chamber;
});

function showApp(path: string) {
  render(
    <FluentProvider theme={webLightTheme}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </FluentProvider>,
  );
}

describe('opening screens', () => {
  it('opens a meeting from its committee with the agenda drawn whole, then the form to add items', async () => {
    const user = userEvent.setup();
    const committee = await createCommittee({ name: 'Cabinet', type: 'committee', firstMinuteNumber: 1 }, []);
    const meeting = await createMeeting(committee.id, { date: '2013-03-13', startTime: '18:00', venue: '' });
    await addAgendaItem(meeting.id, { title: 'Budget Monitoring', description: '' });
    await addAgendaItem(meeting.id, { title: 'Housing Strategy', description: '' });
    showApp(`/committees/${committee.id}`);

    const table = await screen.findByRole('table', { name: 'Meetings' });
    await user.click(await within(table).findByRole('link', { name: /13 March 2013/ }));
    // The meeting screen's code loads on first use (its first transform here takes seconds).
    const agenda = await screen.findByRole('list', { name: 'Agenda' }, { timeout: 15_000 });
    // The agenda comes with the meeting's first read, numbered after the standing items.
    expect(
      within(agenda)
        .getAllByRole('listitem')
        .map((line) => line.getAttribute('aria-label')),
    ).toEqual(expect.arrayContaining(['Item 6: Budget Monitoring', 'Item 7: Housing Strategy']));
    expect(await screen.findByRole('button', { name: 'Add item' })).toBeTruthy();
  });

  it('opens the keyboard page with F1 on any screen, at that screen’s keys, and goes back with F1', async () => {
    const user = userEvent.setup();
    const committee = await createCommittee({ name: 'Cabinet', type: 'committee', firstMinuteNumber: 1 }, []);
    const meeting = await createMeeting(committee.id, { date: '2013-03-13', startTime: '18:00', venue: '' });
    showApp(`/meetings/${meeting.id}`);
    await screen.findByRole('list', { name: 'Agenda' }, { timeout: 15_000 });
    await user.keyboard('{F1}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Keyboard shortcuts' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'On a meeting’s agenda' }).textContent).toContain(
      'undo the last removal of an item',
    );
    await user.keyboard('{F1}');
    expect(await screen.findByRole('list', { name: 'Agenda' }, { timeout: 15_000 })).toBeTruthy();
    // The page is also one link away in the menu bar.
    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Shortcuts (F1)',
      }),
    ).toBeTruthy();
  });

  it('says a meeting that no longer exists is gone, rather than showing a blank screen', async () => {
    showApp('/meetings/no-such-meeting');
    expect(await screen.findByText('That meeting no longer exists.', {}, { timeout: 15_000 })).toBeTruthy();
  });

  it('keeps the window working when a screen fails: says what went wrong, logs it, and tries again', async () => {
    const user = userEvent.setup();
    const bridge = fakeBridge();
    let fails = true;
    function Flaky() {
      if (fails) throw new Error('The database could not be read.');
      return <p>The screen, drawn.</p>;
    }
    const quiet = console.error;
    console.error = () => undefined; // React reports the caught error on the console as well
    try {
      render(
        <FluentProvider theme={webLightTheme}>
          <MemoryRouter initialEntries={['/flaky']}>
            <Routes>
              <Route
                path="flaky"
                element={
                  <ScreenBoundary>
                    <Flaky />
                  </ScreenBoundary>
                }
              />
            </Routes>
          </MemoryRouter>
        </FluentProvider>,
      );
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('This screen could not be shown');
      expect(alert.textContent).toContain('The database could not be read.');
      expect(bridge.logged.join('\n')).toContain('/flaky: The database could not be read.');
      fails = false;
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect(await screen.findByText('The screen, drawn.')).toBeTruthy();
    } finally {
      console.error = quiet;
    }
  });
});

describe('while a read is under way', () => {
  it('shows nothing for the first moment, then a spinner that says what is loading', async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Loading what="the meeting" />
      </FluentProvider>,
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(await screen.findByText('Loading the meeting...')).toBeTruthy();
  });
});
