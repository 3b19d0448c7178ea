// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { MemoryRouter } from 'react-router';
import { addDays, format } from 'date-fns';
import { freshDatabase } from '../../unit/db/reset';
import { db } from '../../../renderer/db/database';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { addPlannedDecision } from '../../../renderer/db/repositories/planned-decisions';
import { blankPlannedDecision } from '../../../renderer/domain/planned-decision';
import { ForwardPlanPage } from '../../../renderer/ui/features/decisions/forward-plan-page';

beforeEach(freshDatabase);
afterEach(cleanup);

/** Months ahead of whatever day the test runs, so the entry is always still to come. */
const expected = format(addDays(new Date(), 120), 'yyyy-MM-dd');

function planScreen() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MemoryRouter>
        <ForwardPlanPage />
      </MemoryRouter>
    </FluentProvider>,
  );
}

describe('a key decision put on the forward plan before it is on any agenda', () => {
  it('is refused naming what is missing, then added, changed, removed and brought back by undo', async () => {
    planScreen();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Add a key decision not yet on an agenda' }),
    );
    const form = await screen.findByRole('form', { name: 'Add a key decision to the plan' });
    await userEvent.click(within(form).getByRole('button', { name: 'Add to the plan' }));
    expect(await within(form).findByText('Say what the decision is about (the matter).')).toBeTruthy();
    expect(within(form).getByText('Give the day the decision is expected.')).toBeTruthy();
    await userEvent.type(within(form).getByRole('textbox', { name: /^Matter/ }), 'Sale of the depot');
    await userEvent.type(within(form).getByRole('textbox', { name: /^Decision maker/ }), 'Cabinet');
    await userEvent.type(within(form).getByLabelText(/Expected date/), expected);
    await userEvent.click(within(form).getByRole('checkbox', { name: /taken in private/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Add to the plan' }));
    expect(await within(form).findByText(/Choose the Schedule 12A paragraph/)).toBeTruthy();
    await userEvent.selectOptions(
      within(form).getByRole('combobox', { name: /Schedule 12A paragraph/ }),
      '3',
    );
    await userEvent.type(
      within(form).getByRole('textbox', { name: /public interest in keeping it private/ }),
      'Bids are commercially sensitive.',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Add to the plan' }));
    const table = await screen.findByRole('table', { name: 'Key decisions' });
    const row = await within(table).findByRole('row', { name: /Sale of the depot/ });
    expect(row.textContent).toContain('Private: Exempt information under paragraph 3');
    expect(row.textContent).toContain('Bids are commercially sensitive.');
    expect(await db.plannedDecisions.count()).toBe(1);

    await userEvent.click(within(row).getByRole('button', { name: 'Change “Sale of the depot”' }));
    const change = await screen.findByRole('form', { name: 'Change “Sale of the depot”' });
    await userEvent.type(within(change).getByRole('textbox', { name: /^Matter/ }), ' site');
    await userEvent.click(within(change).getByRole('button', { name: 'Save the entry' }));
    await within(table).findByRole('row', { name: /Sale of the depot site/ });

    await userEvent.click(
      screen.getByRole('button', { name: 'Remove “Sale of the depot site” from the plan' }),
    );
    await waitFor(() => expect(within(table).queryByRole('row', { name: /Sale of the depot/ })).toBeNull());
    await userEvent.click(await screen.findByRole('button', { name: 'Undo (Ctrl+Z)' }));
    expect(await within(table).findByRole('row', { name: /Sale of the depot site/ })).toBeTruthy();
  }, 60_000);

  it('once on an agenda, shows the item in its place, once, and the entry can still be changed', async () => {
    const cabinet = await createCommittee({ name: 'Cabinet', type: 'committee' });
    const meeting = await createMeeting(cabinet.id, { date: expected });
    const item = await addAgendaItem(meeting.id, { title: 'Northgate depot: disposal' });
    await addPlannedDecision(
      {
        ...blankPlannedDecision,
        matter: 'Sale of the depot',
        decisionMaker: 'Cabinet',
        expectedDate: expected,
      },
      item.id,
    );
    planScreen();
    const table = await screen.findByRole('table', { name: 'Key decisions' });
    const row = await within(table).findByRole('row', { name: /Northgate depot: disposal/ });
    expect(within(table).queryByRole('row', { name: /Sale of the depot/ })).toBeNull();
    expect(row.textContent).toContain('On an agenda');
    expect(within(row).getByRole('link', { name: 'Northgate depot: disposal' })).toBeTruthy();
    await userEvent.click(within(row).getByRole('button', { name: 'Change “Sale of the depot”' }));
    const change = await screen.findByRole('form', { name: 'Change “Sale of the depot”' });
    const onAgenda = within(change).getByRole<HTMLSelectElement>('combobox', { name: /Now on an agenda as/ });
    await waitFor(() => expect(onAgenda.value).toBe(item.id));
  }, 60_000);
});
