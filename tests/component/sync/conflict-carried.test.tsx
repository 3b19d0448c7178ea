// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { saveMinuteText } from '../../../renderer/db/repositories/minutes';
import { richTextToPlain } from '../../../renderer/domain/rich-text';
import { exportFile, importFile } from '../../../renderer/sync';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { forgetLaptops, useLaptop } from '../../unit/sync/support/laptops';
import { paragraph } from '../../unit/sync/support/meeting';
import { minutedOnTwoLaptops, showSync } from './support';

/**
 * Issue #26: the laptop whose version won sees the conflict the other laptop found, and a clerk who typed on
 * past it sees, before choosing, the text that settling will replace.
 */
beforeEach(forgetLaptops);
afterEach(cleanup);

const cardName = 'Conflict: Minute 101: Harrow Partnership Board Work Programme, text';
const officeText = 'The Chair introduced the work programme.';
const chamberText = 'Members asked about funding. Officers advised it was secured.';

/** The office imports the chamber's file and finds the conflict; its file goes back to the chamber. */
async function foundOnOffice() {
  const seeded = await minutedOnTwoLaptops();
  await importFile(seeded.fromChamber);
  const fromOffice = joinParts(await exportFile({ scope: { kind: 'everything' } }, 'none'));
  return { ...seeded, fromOffice };
}

describe('a conflict found on the other laptop', () => {
  it('shows here too, and what was typed since is shown before it is replaced', async () => {
    const { minute, fromOffice } = await foundOnOffice();
    await useLaptop('chamber');
    await importFile(fromOffice);
    await saveMinuteText(minute.id, paragraph('Members asked about funding.'));
    showSync('/sync/conflicts');
    const card = await screen.findByRole('region', { name: cardName });
    expect(within(card).getByLabelText('On this laptop (mine)').textContent).toBe(chamberText);
    expect(within(card).getByLabelText('From office (theirs)').textContent).toBe(officeText);
    expect(within(card).getByLabelText('Now, typed since (settling replaces it)').textContent).toBe(
      'Members asked about funding.',
    );
    await userEvent.click(within(card).getByRole('button', { name: 'Keep mine' }));
    await screen.findByText('No conflicts: everything imported has been merged.');
    expect(richTextToPlain((await db.minutes.get(minute.id))!.text)).toBe(chamberText);
  });

  it('names both laptops on a third laptop that wrote neither version', async () => {
    const { fromOffice } = await foundOnOffice();
    await useLaptop('committee-room');
    await importFile(fromOffice);
    showSync('/sync/conflicts');
    const card = await screen.findByRole('region', { name: cardName });
    expect(card.textContent).toContain('was changed on');
    expect(within(card).getByRole('button', { name: /^Keep (office|chamber)’s$/ })).toBeTruthy();
    expect(within(card).getByRole('button', { name: /^Take (office|chamber)’s$/ })).toBeTruthy();
    expect(within(card).queryByText('On this laptop (mine)')).toBeNull();
  });
});
