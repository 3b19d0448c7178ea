// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { EditCommitteePage } from '../../../renderer/ui/features/committees/edit-committee-page';
import { freshDatabase } from '../../unit/db/reset';
import { showScreen } from '../people/picked-files';

beforeEach(freshDatabase);
afterEach(cleanup);

async function showEdit(): Promise<string> {
  const committee = await createCommittee({ name: 'Licensing Committee', type: 'committee' });
  showScreen('committees/:committeeId/edit', `/committees/${committee.id}/edit`, <EditCommitteePage />);
  await screen.findByRole('heading', { level: 1, name: 'Edit Licensing Committee' });
  return committee.id;
}

describe('editing a committee', () => {
  it('refuses a quorum in words and a standing item without a title, keeping what was typed and storing nothing', async () => {
    const user = userEvent.setup();
    const committeeId = await showEdit();
    const before = await db.committees.get(committeeId);
    const quorum = screen.getByRole('textbox', { name: 'Quorum (members needed for business)' });
    await user.clear(quorum);
    await user.type(quorum, 'three');
    await user.click(screen.getByRole('button', { name: 'Add a standing item' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('The quorum is a whole number of members, 1 or more.')).toBeTruthy();
    expect(screen.getByText('Every standing item needs a title: type one or remove the item.')).toBeTruthy();
    expect((quorum as HTMLInputElement).value).toBe('three');
    expect(await db.committees.get(committeeId)).toEqual(before);
  });

  it('saves the quorum, numbering scheme and reordered standing items', async () => {
    const user = userEvent.setup();
    const committeeId = await showEdit();
    const quorum = screen.getByRole('textbox', { name: 'Quorum (members needed for business)' });
    await user.clear(quorum);
    await user.type(quorum, '5');
    await user.selectOptions(screen.getByLabelText('Minute numbering'), 'Agenda item numbers');
    await user.click(screen.getByRole('button', { name: 'Move standing item 2 down' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(async () => expect((await db.committees.get(committeeId))?.quorum).toBe(5));
    const saved = await db.committees.get(committeeId);
    expect(saved?.minuteNumbering).toBe('perAgendaItem');
    expect(saved?.standingItems.slice(0, 3).map((item) => item.kind)).toEqual([
      'apologies',
      'declarations',
      'substitutes',
    ]);
  });
});
