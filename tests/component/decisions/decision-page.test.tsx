// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { MemoryRouter, Route, Routes } from 'react-router';
import { freshDatabase } from '../../unit/db/reset';
import { db } from '../../../renderer/db/database';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { saveResolution, takeItem } from '../../../renderer/db/repositories/minutes';
import { DecisionPage } from '../../../renderer/ui/features/decisions/decision-page';

let path = '';
let itemId = '';
beforeEach(async () => {
  await freshDatabase();
  const cabinet = await createCommittee({ name: 'Cabinet', type: 'committee' });
  const meeting = await createMeeting(cabinet.id, { date: '2026-03-11' });
  const item = await addAgendaItem(meeting.id, { title: 'Waste Collection Contract' });
  const minute = await takeItem(meeting.id, item.id);
  await saveResolution(minute.id, { text: 'That the contract be awarded to Wrenmoor Recycling Ltd.' });
  itemId = item.id;
  path = `/meetings/${meeting.id}/items/${item.id}/decision`;
});
afterEach(cleanup);

function decisionScreen() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="meetings/:meetingId/items/:itemId/decision" element={<DecisionPage />} />
        </Routes>
      </MemoryRouter>
    </FluentProvider>,
  );
}

describe('the executive decision screen', () => {
  it('shows the decision as minuted and refuses to save without reasons, saying what to do', async () => {
    decisionScreen();
    await screen.findByText(/That the contract be awarded to Wrenmoor Recycling Ltd\./);
    await userEvent.click(screen.getByRole('button', { name: 'Save the decision' }));
    expect(await screen.findByText(/Give the reasons for the decision/)).toBeTruthy();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Urgent: exempt from call-in' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save the decision' }));
    expect(await screen.findByText(/Say why the decision cannot wait/)).toBeTruthy();
    expect((await db.agendaItems.get(itemId))?.executiveDecision).toBeUndefined();
  });

  it('stores the decision, publishes its notice, records a call-in and undoes it', async () => {
    decisionScreen();
    const form = await screen.findByRole('form', { name: 'The decision' });
    await userEvent.click(within(form).getByRole('checkbox', { name: /Key decision/ }));
    await userEvent.type(
      within(form).getByRole('textbox', { name: /Reasons for the decision/ }),
      'The tender gives best value.',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Save the decision' }));
    await within(form).findByText('Saved.');
    expect(await db.agendaItems.get(itemId)).toMatchObject({
      keyDecision: true,
      executiveDecision: { reasons: 'The tender gives best value.', urgent: false },
    });
    // Before the notice, the deadline it would set is shown, worked out by the council's rule.
    expect(
      await screen.findByText(/Published today, the notice would let the decision be called in/),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Publish the decision notice today' }));
    const callIn = await screen.findByRole('form', { name: 'Record a call-in' });
    expect(screen.getByRole('status', { name: 'Call-in' }).textContent).toMatch(/Open until/);
    await userEvent.type(within(callIn).getByRole('textbox', { name: /Called in by/ }), 'Cllr Susan Hall');
    await userEvent.type(within(callIn).getByRole('textbox', { name: /Reasons for the call-in/ }), 'Cost');
    await userEvent.click(within(callIn).getByRole('button', { name: 'Record the call-in' }));
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Call-in' }).textContent).toMatch(/Called in on/),
    );
    expect(screen.getByRole('status', { name: 'Call-in' }).textContent).toContain(
      'It will not be implemented until scrutiny has considered it.',
    );
    expect((await db.agendaItems.get(itemId))?.executiveDecision?.callIn?.by).toBe('Cllr Susan Hall');
    await userEvent.click(screen.getByRole('button', { name: 'Undo (Ctrl+Z)' }));
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Call-in' }).textContent).toMatch(/Open until/),
    );
    expect((await db.agendaItems.get(itemId))?.executiveDecision?.callIn).toBeUndefined();
  });

  it('keeps a decision typed and never saved as a draft, back when the screen opens again', async () => {
    const first = decisionScreen();
    const form = await screen.findByRole('form', { name: 'The decision' });
    await userEvent.type(
      within(form).getByRole('textbox', { name: /Alternative options/ }),
      'To extend the current contract.',
    );
    first.unmount();
    decisionScreen();
    await screen.findByText('Draft restored.');
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: /Alternative options/ }).value).toBe(
      'To extend the current contract.',
    );
  });
});
