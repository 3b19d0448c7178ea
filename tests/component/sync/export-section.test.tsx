// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../renderer/domain/en-gb';
import { previewImport } from '../../../renderer/sync';
import { forgetLaptops, useLaptop } from '../../unit/sync/support/laptops';
import { seedMeeting } from '../../unit/sync/support/meeting';
import { fakeBridge, showSync } from './support';

beforeEach(forgetLaptops);
afterEach(cleanup);

describe('exporting a meeting', () => {
  it('turns encryption on for Part B business, says why, and checks the passphrase before saving', async () => {
    await useLaptop('office');
    const { meeting } = await seedMeeting({ partB: true });
    const bridge = fakeBridge();
    showSync(`/sync?meeting=${meeting.id}`);
    expect(await screen.findByRole('radio', { name: 'This meeting' })).toHaveProperty('checked', true);
    expect(
      await screen.findByText(/This file holds Part B \(exempt\) business: “Disposal of land at Wealdstone”/),
    ).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Encrypt the file with a passphrase' })).toHaveProperty(
      'checked',
      true,
    );

    await userEvent.type(screen.getByLabelText('Passphrase'), 'wealdstone 2013');
    await userEvent.type(screen.getByLabelText('Passphrase again'), 'wealdstone 2031');
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The two passphrases are different');
    expect(bridge.saved).toEqual([]);

    await userEvent.clear(screen.getByLabelText('Passphrase again'));
    await userEvent.type(screen.getByLabelText('Passphrase again'), 'wealdstone 2013');
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(bridge.saved).toHaveLength(1), { timeout: 15_000 });
    const [file] = bridge.saved;
    expect(file?.suggestedName).toBe(
      `Harrow Partnership Board Wednesday 13 March 2013 ${toIsoDate(new Date())}.chamber`,
    );
    expect(await screen.findByText(/, encrypted\./)).toBeTruthy();
    await expect(previewImport(file!.bytes)).rejects.toThrow('This file is encrypted');
  });
});
