// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { MemoryRouter, Route, Routes } from 'react-router';
import { freshDatabase } from '../../unit/db/reset';
import { db } from '../../../renderer/db/database';
import { IndividualDecisionPage } from '../../../renderer/ui/features/decisions/individual-decision-page';
import { IndividualDecisionsPage } from '../../../renderer/ui/features/decisions/individual-decisions-page';

beforeEach(freshDatabase);
afterEach(cleanup);

function decisionsScreens(path = '/decisions/new') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="decisions" element={<IndividualDecisionsPage />} />
          <Route path="decisions/:decisionId" element={<IndividualDecisionPage />} />
        </Routes>
      </MemoryRouter>
    </FluentProvider>,
  );
}

async function typeInto(form: HTMLElement, name: RegExp, text: string) {
  await userEvent.type(within(form).getByRole('textbox', { name }), text);
}

describe('a decision taken by one cabinet member', () => {
  it('is refused until it says who took it, when, what and why, each field saying what to do', async () => {
    decisionsScreens();
    const form = await screen.findByRole('form', { name: 'The decision' });
    await userEvent.click(within(form).getByRole('button', { name: 'Record the decision' }));
    expect(await within(form).findByText(/Say who took the decision/)).toBeTruthy();
    expect(within(form).getByText(/Give the cabinet member’s portfolio/)).toBeTruthy();
    expect(within(form).getByText('Give the day the decision was taken.')).toBeTruthy();
    expect(within(form).getByText(/Say what was decided/)).toBeTruthy();
    expect(within(form).getByText(/Give the reasons for the decision/)).toBeTruthy();
    expect(await db.individualDecisions.count()).toBe(0);
  });

  it('taken in private asks for its Schedule 12A paragraph and reason, as a Part B item does', async () => {
    decisionsScreens();
    const form = await screen.findByRole('form', { name: 'The decision' });
    await typeInto(form, /^Title/, 'Sale of the Mill Lane depot');
    await typeInto(form, /^Decision maker/, 'Councillor Susan Hall');
    await typeInto(form, /^Portfolio/, 'Cabinet Member for Resources');
    await userEvent.type(within(form).getByLabelText(/Date taken/), '2026-03-12');
    await typeInto(form, /^What was decided/, 'To sell the depot.');
    await typeInto(form, /Reasons for the decision/, 'The best bid.');
    await userEvent.click(within(form).getByRole('radio', { name: 'Part B (exempt)' }));
    expect(within(form).getByText(/Its published notice gives only the title/)).toBeTruthy();
    await userEvent.click(within(form).getByRole('button', { name: 'Record the decision' }));
    expect(await within(form).findByText(/Choose the paragraph of Schedule 12A/)).toBeTruthy();
    expect(within(form).getByText(/State why the public interest in keeping it exempt/)).toBeTruthy();
    expect(await db.individualDecisions.count()).toBe(0);
    await userEvent.selectOptions(
      within(form).getByRole('combobox', { name: /Schedule 12A paragraph/ }),
      '3',
    );
    await typeInto(form, /Public-interest reason/, 'The bids are commercially sensitive.');
    await userEvent.click(within(form).getByRole('button', { name: 'Record the decision' }));
    await screen.findByRole('heading', { level: 1, name: 'Decision: Sale of the Mill Lane depot' });
    expect(await db.individualDecisions.toArray()).toMatchObject([
      { part: 'B', exemptParagraph: 3, publicInterestReason: 'The bids are commercially sensitive.' },
    ]);
    // The list marks it as a Part B item is marked on an agenda.
    await userEvent.click(screen.getByRole('link', { name: 'All individual decisions' }));
    const list = await screen.findByRole('table', { name: 'Individual decisions' });
    const row = within(list).getByRole('row', { name: /Sale of the Mill Lane depot/ });
    expect(within(row).getByText('Part B, para 3')).toBeTruthy();
    // Made public later: the page shows when what is exempt changed.
    await userEvent.click(within(row).getByRole('link', { name: 'Sale of the Mill Lane depot' }));
    const saved = await screen.findByRole('form', { name: 'The decision' });
    await userEvent.click(within(saved).getByRole('radio', { name: 'Part A (public)' }));
    await userEvent.click(within(saved).getByRole('button', { name: 'Save the decision' }));
    const history = await screen.findByRole('region', {
      name: 'Changes to what is exempt in “Sale of the Mill Lane depot”',
    });
    expect(history.textContent).toContain('Changed from Part B (exempt, paragraph 3) to Part A (public).');
  }, 60_000);

  it('is recorded, its notice published, called in, and the call-in undone', async () => {
    decisionsScreens();
    const form = await screen.findByRole('form', { name: 'The decision' });
    await typeInto(form, /^Title/, 'Parking charges in Harrow Weald');
    await typeInto(form, /^Decision maker/, 'Councillor Susan Hall');
    await typeInto(form, /^Portfolio/, 'Cabinet Member for Environment');
    await userEvent.type(within(form).getByLabelText(/Date taken/), '2026-03-12');
    await typeInto(form, /^What was decided/, 'To set the charges in the schedule.');
    await typeInto(form, /Reasons for the decision/, 'The charges have not changed since 2009.');
    await userEvent.click(within(form).getByRole('button', { name: 'Record the decision' }));
    await screen.findByRole('heading', { level: 1, name: 'Decision: Parking charges in Harrow Weald' });
    expect(await db.individualDecisions.toArray()).toMatchObject([
      { decisionMaker: 'Councillor Susan Hall', decidedOn: '2026-03-12', takenBy: 'member' },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Publish the decision notice today' }));
    const callIn = await screen.findByRole('form', { name: 'Record a call-in' });
    expect(screen.getByRole('status', { name: 'Call-in' }).textContent).toMatch(/Open until/);
    await userEvent.type(within(callIn).getByRole('textbox', { name: /Called in by/ }), 'Cllr Ahmed');
    await userEvent.click(within(callIn).getByRole('button', { name: 'Record the call-in' }));
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Call-in' }).textContent).toMatch(/Called in on/),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Undo (Ctrl+Z)' }));
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Call-in' }).textContent).toMatch(/Open until/),
    );
    expect((await db.individualDecisions.toArray())[0]?.callIn).toBeUndefined();
    // Typing a whole decision key by key takes a while on a loaded machine.
  }, 60_000);

  it('recorded in error is removed, and the undo on the list brings it back', async () => {
    decisionsScreens();
    const form = await screen.findByRole('form', { name: 'The decision' });
    await typeInto(form, /^Title/, 'Grass cutting contract extension');
    await userEvent.click(within(form).getByRole('radio', { name: 'Officer under delegation' }));
    await typeInto(form, /^Decision maker/, 'Jo Bloggs');
    await typeInto(form, /^Post and delegation/, 'Director of Environment');
    await userEvent.type(within(form).getByLabelText(/Date taken/), '2026-03-12');
    await typeInto(form, /^What was decided/, 'To extend the contract by a year.');
    await typeInto(form, /Reasons for the decision/, 'The re-tender is not ready.');
    await userEvent.click(within(form).getByRole('button', { name: 'Record the decision' }));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Remove this decision (recorded in error)' }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Individual decisions' });
    expect(await screen.findByText('No decision taken by one person is recorded.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Undo (Ctrl+Z)' }));
    const table = await screen.findByRole('table', { name: 'Individual decisions' });
    expect(within(table).getByRole('link', { name: 'Grass cutting contract extension' })).toBeTruthy();
    expect(within(table).getByText('Jo Bloggs, Director of Environment')).toBeTruthy();
  }, 60_000);
});
