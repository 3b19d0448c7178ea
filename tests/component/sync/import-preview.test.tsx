// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { richTextToPlain } from '../../../renderer/domain/rich-text';
import { exportFile } from '../../../renderer/sync';
import { databaseHash, forgetLaptops } from '../../unit/sync/support/laptops';
import { fakeBridge, minutedOnTwoLaptops, showSync } from './support';
import { joinParts } from '../../../renderer/sync/format/file-parts';

beforeEach(forgetLaptops);
afterEach(cleanup);

describe('importing a file from another laptop', () => {
  it('previews what will be added, updated and in conflict, and changes nothing until Apply', async () => {
    const { minute, fromChamber } = await minutedOnTwoLaptops();
    const bridge = fakeBridge();
    bridge.toPick.push([{ name: 'Everything 2026-02-12.chamber', bytes: fromChamber }]);
    const before = await databaseHash();
    showSync();
    await userEvent.click(await screen.findByRole('button', { name: 'Choose a .chamber file...' }));

    const preview = await screen.findByRole('region', { name: 'Import preview' });
    expect(preview.textContent).toContain('From chamber');
    expect(
      within(screen.getByRole('list', { name: 'Will be added' })).getByText(/Community Safety Plan/),
    ).toBeTruthy();
    const conflicts = screen.getByRole('list', { name: 'Conflicts (both versions kept for you to choose)' });
    // Named as the clerk knows the minute from the moment the preview appears, not its bare number first.
    expect(conflicts.textContent).toBe('Minute 101: Harrow Partnership Board Work Programme (text)');
    expect(preview.textContent).toContain('1 conflict;');
    // Every record is named as the clerk knows it: no line shows a record's id.
    expect(preview.textContent).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/);
    expect(await databaseHash()).toBe(before);

    await userEvent.click(within(preview).getByRole('button', { name: 'Apply' }));
    const applied = (await screen.findByText(/Imported Everything 2026-02-12.chamber/)).parentElement!;
    expect(applied.textContent).toContain('1 conflict to settle');
    expect(within(applied).getByRole('link', { name: 'see the conflicts' })).toBeTruthy();
    expect(await db.agendaItems.filter((item) => item.title === 'Community Safety Plan').count()).toBe(1);
    // Both versions are kept: this laptop's text stays until the clerk chooses.
    expect(richTextToPlain((await db.minutes.get(minute.id))!.text)).toBe(
      'The Chair introduced the work programme.',
    );
    expect(await db.conflicts.where('resolved').equals(0).count()).toBe(1);
  });

  it('Cancel leaves the database as it was', async () => {
    const { fromChamber } = await minutedOnTwoLaptops();
    fakeBridge().toPick.push([{ name: 'from-chamber.chamber', bytes: fromChamber }]);
    const before = await databaseHash();
    showSync();
    await userEvent.click(await screen.findByRole('button', { name: 'Choose a .chamber file...' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('button', { name: 'Choose a .chamber file...' })).toBeTruthy();
    expect(await databaseHash()).toBe(before);
  });

  it('refuses a damaged file with a message saying what is wrong, and writes nothing', async () => {
    const { fromChamber } = await minutedOnTwoLaptops();
    fakeBridge().toPick.push([
      { name: 'cut-short.chamber', bytes: fromChamber.slice(0, fromChamber.length / 2) },
    ]);
    const before = await databaseHash();
    showSync();
    await userEvent.click(await screen.findByRole('button', { name: 'Choose a .chamber file...' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('cut-short.chamber was not imported');
    expect(alert.textContent).toMatch(/damaged|not a zip|not copied completely/);
    expect(alert.textContent).toContain('Nothing in Chamber was changed.');
    expect(await databaseHash()).toBe(before);
  });

  it('asks for the passphrase of an encrypted file, says when it is wrong, then previews', async () => {
    await minutedOnTwoLaptops();
    const encrypted = await exportFile(
      { scope: { kind: 'everything' } },
      { passphrase: 'harbour lights 2013' },
    );
    fakeBridge().toPick.push([{ name: 'locked.chamber', bytes: joinParts(encrypted) }]);
    showSync();
    await userEvent.click(await screen.findByRole('button', { name: 'Choose a .chamber file...' }));
    const field = await screen.findByLabelText('Passphrase for locked.chamber');
    await userEvent.type(field, 'wrong guess');
    await userEvent.click(screen.getByRole('button', { name: 'Open file' }));
    expect(
      await screen.findByText(/That passphrase does not open this file/, {}, { timeout: 15_000 }),
    ).toBeTruthy();
    await userEvent.clear(screen.getByLabelText('Passphrase for locked.chamber'));
    await userEvent.type(screen.getByLabelText('Passphrase for locked.chamber'), 'harbour lights 2013');
    await userEvent.click(screen.getByRole('button', { name: 'Open file' }));
    // The key takes 600,000 rounds of PBKDF2 to derive: slow on purpose.
    const preview = await screen.findByRole('region', { name: 'Import preview' }, { timeout: 15_000 });
    expect(preview.textContent).toContain('(encrypted)');
  });
});
