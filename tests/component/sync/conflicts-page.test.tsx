// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { richTextToPlain } from '../../../renderer/domain/rich-text';
import { importFile } from '../../../renderer/sync';
import { forgetLaptops } from '../../unit/sync/support/laptops';
import { minutedOnTwoLaptops, showSync } from './support';

beforeEach(forgetLaptops);
afterEach(cleanup);

async function conflictShown() {
  const seeded = await minutedOnTwoLaptops();
  await importFile(seeded.fromChamber);
  showSync('/sync/conflicts');
  const card = await screen.findByRole('region', {
    name: 'Conflict: Minute 101: Harrow Partnership Board Work Programme, text',
  });
  return { ...seeded, card };
}

async function minuteText(id: string): Promise<string> {
  return richTextToPlain((await db.minutes.get(id))!.text);
}

describe('the conflicts screen', () => {
  it('shows both versions of the minute side by side, naming the record and the field', async () => {
    const { card } = await conflictShown();
    expect(screen.getByText(/1 conflict to settle/)).toBeTruthy();
    expect(within(card).getByLabelText('On this laptop (mine)').textContent).toBe(
      'The Chair introduced the work programme.',
    );
    expect(within(card).getByLabelText('From chamber (theirs)').textContent).toBe(
      'Members asked about funding. Officers advised it was secured.',
    );
    expect(card.textContent).toContain('The text was changed here and on chamber');
  });

  it('Keep mine keeps this laptop’s text and the conflict goes', async () => {
    const { card, minute } = await conflictShown();
    await userEvent.click(within(card).getByRole('button', { name: 'Keep mine' }));
    expect(await screen.findByText('No conflicts: everything imported has been merged.')).toBeTruthy();
    expect(await minuteText(minute.id)).toBe('The Chair introduced the work programme.');
  });

  it('Take theirs writes the other laptop’s text', async () => {
    const { card, minute } = await conflictShown();
    await userEvent.click(within(card).getByRole('button', { name: 'Take theirs' }));
    await screen.findByText('No conflicts: everything imported has been merged.');
    expect(await minuteText(minute.id)).toBe('Members asked about funding. Officers advised it was secured.');
  });

  it('Use combined saves the text the clerk edited from both versions', async () => {
    const { card, minute } = await conflictShown();
    const combined = within(card).getByLabelText(
      'Combined text for Minute 101: Harrow Partnership Board Work Programme',
    );
    // It starts with both versions, so nothing needs retyping.
    expect((combined as HTMLTextAreaElement).value).toBe(
      'The Chair introduced the work programme.\nMembers asked about funding. Officers advised it was secured.',
    );
    await userEvent.clear(combined);
    await userEvent.type(combined, 'The Chair introduced the work programme. Members asked about funding.');
    await userEvent.click(within(card).getByRole('button', { name: 'Use combined' }));
    await waitFor(async () => expect(await db.conflicts.where('resolved').equals(0).count()).toBe(0));
    expect(await minuteText(minute.id)).toBe(
      'The Chair introduced the work programme. Members asked about funding.',
    );
    expect(await screen.findByText('No conflicts: everything imported has been merged.')).toBeTruthy();
  });
});
