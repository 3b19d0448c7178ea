// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { MemoryRouter, Route, Routes } from 'react-router';
import { freshDatabase } from '../../unit/db/reset';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { addAction } from '../../../renderer/db/repositories/actions';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import {
  publishDecisionNotice,
  recordCallIn,
  saveExecutiveDecision,
} from '../../../renderer/db/repositories/executive-decisions';
import { loadDeadlineRules } from '../../../renderer/db/repositories/bank-holidays';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../renderer/db/repositories/minutes';
import { blankExecutiveDecision } from '../../../renderer/domain/executive-decision';
import { toIsoDate } from '../../../renderer/domain/en-gb';
import { ActionTrackerPage } from '../../../renderer/ui/features/actions/action-tracker-page';
import { withScreenSizedBoxes } from '../support/screen-box';

withScreenSizedBoxes();

beforeEach(async () => {
  await freshDatabase();
  const cabinet = await createCommittee({ name: 'Cabinet', type: 'committee' });
  const planning = await createCommittee({ name: 'Planning Committee', type: 'committee' });
  const cabinetMeeting = await createMeeting(cabinet.id, { date: '2020-01-10' });
  const planningMeeting = await createMeeting(planning.id, { date: '2020-02-10' });
  const land = await addAgendaItem(cabinetMeeting.id, {
    title: 'Disposal of land at Wealdstone',
    part: 'B',
    exemptParagraph: 3,
    publicInterestReason: 'Disclosure would prejudice the sale.',
  });
  const landMinute = await takeItem(cabinetMeeting.id, land.id);
  await addAction(cabinetMeeting.id, landMinute.id, {
    text: 'Instruct the agents on the sale',
    ownerText: 'Head of Property',
    due: '2020-03-01',
  });
  await addAction(planningMeeting.id, 'minute-p', {
    text: 'Arrange a site visit',
    ownerText: 'Ada Brown',
    due: '2020-02-20',
  });
  const waste = await addAgendaItem(cabinetMeeting.id, { title: 'Waste Collection Contract' });
  await saveExecutiveDecision(waste.id, { ...blankExecutiveDecision, reasons: 'Best value.' }, true);
  // Published today, so its call-in period is open whatever day the test runs.
  await publishDecisionNotice(waste.id, toIsoDate(new Date()));
  const fleet = await addAgendaItem(cabinetMeeting.id, { title: 'Fleet Replacement' });
  await saveExecutiveDecision(fleet.id, { ...blankExecutiveDecision, reasons: 'Old vans.' }, false);
  await publishDecisionNotice(fleet.id, toIsoDate(new Date()));
  await recordCallIn(
    fleet.id,
    { receivedOn: toIsoDate(new Date()), by: 'Cllr Susan Hall', reason: 'Cost' },
    await loadDeadlineRules(),
  );
});
afterEach(cleanup);

function tracker() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MemoryRouter initialEntries={['/actions']}>
        <Routes>
          <Route path="actions" element={<ActionTrackerPage />} />
        </Routes>
      </MemoryRouter>
    </FluentProvider>,
  );
}

/** The action texts in the order the grid shows them. */
function actionOrder(): string[] {
  const grid = screen.getByRole('grid', { name: 'Actions' });
  return within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('gridcell')[1]?.querySelector('[title]')?.textContent ?? '');
}

describe('the action tracker', () => {
  it('sorts by due date, owner and committee from the headings, keeping its filters', async () => {
    tracker();
    await screen.findByText('2 actions, 2 overdue.');
    const grid = screen.getByRole('grid', { name: 'Actions' });
    // Newest meeting first until the clerk sorts.
    expect(actionOrder()).toEqual(['Arrange a site visit', 'Instruct the agents on the sale']);
    await userEvent.click(within(grid).getByRole('columnheader', { name: /Owner/ }));
    expect(actionOrder()).toEqual(['Arrange a site visit', 'Instruct the agents on the sale']);
    await userEvent.click(within(grid).getByRole('columnheader', { name: /Owner/ }));
    expect(actionOrder()).toEqual(['Instruct the agents on the sale', 'Arrange a site visit']);
    await userEvent.click(within(grid).getByRole('columnheader', { name: /Due/ }));
    expect(actionOrder()).toEqual(['Arrange a site visit', 'Instruct the agents on the sale']);
    expect(within(grid).getByRole('columnheader', { name: /Due/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    await userEvent.selectOptions(screen.getByLabelText('Committee'), 'Cabinet');
    await screen.findByText('1 action, 1 overdue.');
    expect(actionOrder()).toEqual(['Instruct the agents on the sale']);
  });

  it('marks an action agreed on a Part B item as exempt, with its paragraph', async () => {
    tracker();
    const row = (await screen.findByText('Instruct the agents on the sale')).closest('[role="row"]');
    expect(row?.textContent).toContain('Exempt – paragraph 3');
    const other = screen.getByText('Arrange a site visit').closest('[role="row"]');
    expect(other?.textContent).not.toContain('Exempt');
  });

  it('lists the executive decisions with their call-in: open until its last day, or called in', async () => {
    tracker();
    const decisions = await screen.findByRole('grid', { name: 'Executive decisions' });
    const waste = (await within(decisions).findByText('Waste Collection Contract')).closest('[role="row"]');
    expect(waste?.textContent).toMatch(/Open until \w+day \d+ \w+ \d{4}/);
    expect(waste?.textContent).toContain('Yes');
    const fleet = within(decisions).getByText('Fleet Replacement').closest('[role="row"]');
    expect(fleet?.textContent).toMatch(/Called in on \w+day \d+ \w+ \d{4}/);
  });
});

describe('the action tracker by keyboard', () => {
  it('opens an action with Enter on its row', async () => {
    tracker();
    await screen.findByText('2 actions, 2 overdue.');
    const grid = screen.getByRole('grid', { name: 'Actions' });
    within(grid).getAllByRole('row')[2]?.focus();
    await userEvent.keyboard('{Enter}');
    const details = await screen.findByRole('region', { name: 'Action details' });
    expect(within(details).getByRole('heading', { level: 2 }).textContent).toBe(
      'Instruct the agents on the sale',
    );
  });
});

describe('the tracker grids by keyboard', () => {
  it('widen and narrow a column with Ctrl+→ / Ctrl+← on its heading, as the People grid does', async () => {
    const user = userEvent.setup();
    tracker();
    await screen.findByText('2 actions, 2 overdue.');
    const owner = within(screen.getByRole('grid', { name: 'Actions' })).getByRole('columnheader', {
      name: /Owner/,
    });
    expect(owner.style.width).toBe('100px');
    act(() => within(owner).getByRole('button').focus());
    await user.keyboard('{Control>}{ArrowRight}{ArrowRight}{/Control}');
    await waitFor(() => expect(owner.style.width).toBe('140px'));

    const decisions = await screen.findByRole('grid', { name: 'Executive decisions' });
    const maker = within(decisions).getByRole('columnheader', { name: /Decision maker/ });
    expect(maker.style.width).toBe('120px');
    act(() => within(maker).getByRole('button').focus());
    await user.keyboard('{Control>}{ArrowLeft}{/Control}');
    await waitFor(() => expect(maker.style.width).toBe('100px'));
  });
});
