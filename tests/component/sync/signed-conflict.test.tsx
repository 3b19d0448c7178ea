// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { richTextToPlain } from '../../../renderer/domain/rich-text';
import { forgetLaptops } from '../../unit/sync/support/laptops';
import { officeText, signedMinuteInConflict, signedText } from '../../unit/sync/support/signed-conflict';
import { showSync } from './support';

beforeEach(forgetLaptops);
afterEach(cleanup);

/** The signed minute's conflict on screen, and the button that takes the office's unsigned rewrite. */
async function signedConflictShown() {
  const seeded = await signedMinuteInConflict();
  showSync('/sync/conflicts');
  const card = await screen.findByRole('region', { name: /^Conflict: Minute 101: .*, text$/ });
  const sides = within(card).getAllByRole('heading', { level: 3 });
  const officeSide = sides.find((heading) => heading.nextElementSibling?.textContent === officeText)!;
  // The two version buttons follow the two versions' order on the card.
  const buttons = within(card).getAllByRole('button', { name: /^(Keep|Take) / });
  const takeOffice = buttons[sides.indexOf(officeSide)]!;
  return { ...seeded, card, takeOffice };
}

const minuteText = async (id: string) => richTextToPlain((await db.minutes.get(id))!.text);

describe('a conflict on signed minutes', () => {
  it('says the minutes are signed, and taking the unsigned version asks for the reason first', async () => {
    const { card, takeOffice, minute, conflict } = await signedConflictShown();
    expect(card.textContent).toContain(
      'These are the approved and signed minutes of the meeting on Wednesday 13 March 2013',
    );
    await userEvent.click(takeOffice);
    expect(await within(card).findByText(/Give a reason for the correction first/)).toBeTruthy();
    expect(await minuteText(minute.id)).toBe(signedText);
    expect((await db.conflicts.get(conflict.id))?.resolved).toBe(0);

    const reason = 'The budget, not the work programme, was discussed';
    await userEvent.type(within(card).getByLabelText('Reason for correcting minute 101'), reason);
    await userEvent.click(takeOffice);
    expect(await screen.findByText('No conflicts: everything imported has been merged.')).toBeTruthy();
    expect(await minuteText(minute.id)).toBe(officeText);
    const history = await db.minuteRevisions.where('minuteId').equals(minute.id).toArray();
    expect(history.map((revision) => revision.signedChange)).toContainEqual(
      expect.objectContaining({ kind: 'corrected', reason }),
    );
  });

  it('a combined text is a correction too, and needs the reason', async () => {
    const { card, minute } = await signedConflictShown();
    await userEvent.click(within(card).getByRole('button', { name: 'Use combined' }));
    expect(await within(card).findByText(/Give a reason for the correction first/)).toBeTruthy();
    expect(await minuteText(minute.id)).toBe(signedText);
  });
});
