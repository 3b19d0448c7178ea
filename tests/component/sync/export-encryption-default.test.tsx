// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { forgetLaptops, useLaptop } from '../../unit/sync/support/laptops';
import { seedMeeting } from '../../unit/sync/support/meeting';
import { fakeBridge, showSync } from './support';

/**
 * Issue #26: every export holding Part B business is encrypted by default. Encryption turned off for a file
 * of public business does not stay off when the clerk then chooses a file that holds Part B business.
 */
beforeEach(forgetLaptops);
afterEach(cleanup);

describe('the encryption switch', () => {
  it('comes back on when the file chosen comes to hold Part B business', async () => {
    await useLaptop('office');
    const { committee } = await seedMeeting({ partB: true });
    const publicMeeting = await createMeeting(committee.id, {
      date: '2013-06-12',
      venue: 'Committee Room 5',
    });
    await addAgendaItem(publicMeeting.id, { title: 'Work programme 2013/14' });
    fakeBridge();
    showSync(`/sync?meeting=${publicMeeting.id}`);
    const encrypt = await screen.findByRole('checkbox', { name: 'Encrypt the file with a passphrase' });
    await screen.findByText(/records? to export/);
    expect(encrypt).toHaveProperty('checked', false);
    // The clerk ticks it and changes their mind: a deliberate "off" for this public meeting.
    await userEvent.click(encrypt);
    await userEvent.click(encrypt);
    expect(encrypt).toHaveProperty('checked', false);

    await userEvent.click(screen.getByRole('radio', { name: 'Everything' }));
    await screen.findByText(/This file holds Part B \(exempt\) business: “Disposal of land at Wealdstone”/);
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: 'Encrypt the file with a passphrase' })).toHaveProperty(
        'checked',
        true,
      ),
    );
  });
});
