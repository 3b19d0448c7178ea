// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateMeeting } from '../../../renderer/db/repositories/meetings';
import { createPerson } from '../../../renderer/db/repositories/people';
import { exportFile } from '../../../renderer/sync';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { databaseHash, forgetLaptops, newLaptop } from '../../unit/sync/support/laptops';
import { attachPaper, seedMeeting } from '../../unit/sync/support/meeting';
import { fakeBridge, showSync } from './support';

/**
 * Issue 26, on the Sync screen: a file holding a value that would crash a screen, or a paper that cannot be
 * opened, is refused when the clerk chooses it, saying what was wrong, and nothing in Chamber changes.
 */
beforeEach(forgetLaptops);
afterEach(cleanup);

/** The office's file after `spoil`, then the chamber laptop with a record of its own, choosing it. */
async function chooseSpoiledFile(
  name: string,
  spoil: (seeded: Awaited<ReturnType<typeof seedMeeting>>) => Promise<void>,
) {
  await spoil(await seedMeeting());
  const file = joinParts(await exportFile({ scope: { kind: 'everything' } }, 'none'));
  await newLaptop();
  await createPerson({ name: 'Sally Jones' });
  fakeBridge().toPick.push([{ name, bytes: file }]);
  const before = await databaseHash();
  showSync();
  await userEvent.click(await screen.findByRole('button', { name: 'Choose a .chamber file...' }));
  return { alert: await screen.findByRole('alert', {}, { timeout: 10_000 }), before };
}

describe('a file Chamber cannot use, chosen on the Sync screen', () => {
  it('refuses a meeting starting at 25:99, saying which value, and changes nothing', async () => {
    const { alert, before } = await chooseSpoiledFile('From the office.chamber', ({ meeting }) =>
      // An older Chamber (or a hand-edited file) let this through; today's meeting form does not.
      updateMeeting(meeting.id, { startTime: '25:99' }),
    );
    expect(alert.textContent).toBe(
      'From the office.chamber was not imported' +
        'A record in this file holds something Chamber cannot use, so nothing was imported. Correct it on the laptop that made the file, then export it again. (Meeting of 13 March 2013, start time: "25:99" is not a time between 00:00 and 23:59) Nothing in Chamber was changed.',
    );
    expect(screen.queryByRole('region', { name: 'Import preview' })).toBeNull();
    expect(await databaseHash()).toBe(before);
  });

  it('refuses a paper that is not a Word document or PDF, naming it, and changes nothing', async () => {
    const { alert, before } = await chooseSpoiledFile('From the office.chamber', ({ meeting, item }) =>
      attachPaper(
        { id: 'budget', agendaItemId: item.id, meetingId: meeting.id, name: 'Budget report.docx' },
        new Uint8Array(5000).map((_, at) => (at * 31 + 7) % 256),
      ),
    );
    expect(alert.textContent).toBe(
      'From the office.chamber was not imported' +
        'A paper in this file cannot be opened as a Word document or a PDF, so nothing was imported. Attach that paper again on the laptop that made the file, then export again. (“Budget report.docx”: it is neither a Word document (.docx) nor a PDF) Nothing in Chamber was changed.',
    );
    expect(screen.queryByRole('region', { name: 'Import preview' })).toBeNull();
    expect(await databaseHash()).toBe(before);
  });
});
