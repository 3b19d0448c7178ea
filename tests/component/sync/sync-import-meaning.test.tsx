// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, type SyncedTableName } from '../../../renderer/db/database';
import { deleteRecord, updateRecord } from '../../../renderer/db/gate';
import { addAction } from '../../../renderer/db/repositories/actions';
import { addAgendaItem, removeAgendaItem } from '../../../renderer/db/repositories/agenda';
import { updateMeeting } from '../../../renderer/db/repositories/meetings';
import { saveMinuteText } from '../../../renderer/db/repositories/minutes';
import { createPerson } from '../../../renderer/db/repositories/people';
import { writeTransaction } from '../../../renderer/db/repositories/transaction';
import { exportFile, importFile } from '../../../renderer/sync';
import { readBundle } from '../../../renderer/sync/format/bundle-read';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { databaseHash, forgetLaptops, newLaptop, useLaptop } from '../../unit/sync/support/laptops';
import { paragraph, seedMeeting } from '../../unit/sync/support/meeting';
import { fakeBridge, showSync } from './support';

/**
 * Issue 25, on the Sync screen: a file holding a value no screen of Chamber would make (a meeting on
 * 31 February, a start at 25:99, a record of a meeting, item, person or minute that exists nowhere, a minute
 * over the length Chamber keeps) is refused when the clerk chooses it, at once, naming the record as the clerk
 * knows it, the field and why, and nothing on the laptop changes.
 */
beforeEach(forgetLaptops);
afterEach(cleanup);

type Seeded = Awaited<ReturnType<typeof seedMeeting>>;

const refusedBecause =
  'A record in this file holds something Chamber cannot use, so nothing was imported. Correct it on the laptop that made the file, then export it again.';

/** A write no screen makes, as an older Chamber or a hand-edited file would have it. */
function rewrite(table: SyncedTableName, id: string, changes: Record<string, unknown>) {
  return writeTransaction([db.table(table)], () => updateRecord(db, table, id, changes));
}

/** The office's file after `spoil`, chosen on the Sync screen of a laptop holding a record of its own. */
async function chooseFile(spoil: (seeded: Seeded) => Promise<unknown>) {
  await spoil(await seedMeeting());
  const file = joinParts(await exportFile({ scope: { kind: 'everything' } }, 'none'));
  await newLaptop();
  await createPerson({ name: 'Sally Jones' });
  fakeBridge().toPick.push([{ name: 'From the office.chamber', bytes: file }]);
  const before = await databaseHash();
  showSync();
  const started = Date.now();
  await userEvent.click(await screen.findByRole('button', { name: 'Choose a .chamber file...' }));
  await screen.findByText(/was not imported|Import preview|From /, {}, { timeout: 10_000 });
  return { before, seconds: (Date.now() - started) / 1000 };
}

/** `why`: the record, field and reason; a pattern where the test cannot know which record comes first. */
async function expectRefused(spoil: (seeded: Seeded) => Promise<unknown>, why: string | RegExp) {
  const { before, seconds } = await chooseFile(spoil);
  const alert = await screen.findByRole('alert');
  const said = (text: string) =>
    `From the office.chamber was not imported${refusedBecause} (${text}) Nothing in Chamber was changed.`;
  if (typeof why === 'string') expect(alert.textContent).toBe(said(why));
  else {
    expect(alert.textContent).toMatch(why);
    expect(alert.textContent).toBe(said(why.exec(alert.textContent ?? '')?.[0] ?? ''));
  }
  expect(screen.queryByRole('region', { name: 'Import preview' })).toBeNull();
  expect(seconds).toBeLessThan(5);
  expect(await databaseHash()).toBe(before);
}

describe('a value no screen would make, chosen on the Sync screen', () => {
  it('refuses a meeting dated 31 February at once, and changes nothing', async () => {
    await expectRefused(
      ({ meeting }) => rewrite('meetings', meeting.id, { date: '2013-02-31' }),
      'Meeting in Committee Room 5, date: "2013-02-31" is not a real date',
    );
  });

  it('refuses a meeting starting at 25:99, and changes nothing', async () => {
    await expectRefused(
      ({ meeting }) => updateMeeting(meeting.id, { startTime: '25:99' }),
      'Meeting of 13 March 2013, start time: "25:99" is not a time between 00:00 and 23:59',
    );
  });

  it('refuses a minute longer than Chamber keeps, and changes nothing', async () => {
    await expectRefused(
      ({ minute }) => saveMinuteText(minute.id, paragraph('Members debated. '.repeat(60_000))),
      'Minute 101, text: it is longer than 1,000,000 characters',
    );
  });
});

describe('a record of a record that exists neither in the file nor on this laptop', () => {
  it('refuses an agenda item of a meeting that does not exist', async () => {
    await expectRefused(
      ({ item }) => rewrite('agendaItems', item.id, { meetingId: 'no-such-meeting' }),
      'Agenda item “Harrow Partnership Board Work Programme”, meeting: it names a meeting that is neither in this file nor on this laptop',
    );
  });

  it('refuses a minute of an item that does not exist', async () => {
    await expectRefused(
      ({ minute }) => rewrite('minutes', minute.id, { agendaItemId: 'no-such-item' }),
      'Minute 101, agenda item: it names an agenda item that is neither in this file nor on this laptop',
    );
  });

  it('refuses a membership of a person who does not exist', async () => {
    await expectRefused(async ({ committee }) => {
      // The chair's membership by its role: ids are random, so "the first" was the Member's half the time.
      const chair = (await db.memberships.where('committeeId').equals(committee.id).toArray()).find(
        (membership) => membership.role === 'chair',
      );
      await rewrite('memberships', chair?.id ?? '', { personId: 'no-such-person' });
    }, 'Membership as Chair, person: it names a person that is neither in this file nor on this laptop');
  });

  it('refuses an action on a minute that does not exist', async () => {
    await expectRefused(async ({ meeting, minute }) => {
      const action = await addAction(meeting.id, minute.id, { text: 'Circulate the work programme' });
      await rewrite('actions', action.id, { minuteId: 'no-such-minute' });
    }, 'Action “Circulate the work programme”, minute: it names a minute that is neither in this file nor on this laptop');
  });

  it('refuses a resolution of a minute the same file deletes', async () => {
    // Minutes are never deleted (a minute stays even when its item is removed): only a damaged file does so.
    await expectRefused(
      ({ minute }) => writeTransaction([db.minutes], () => deleteRecord(db, 'minutes', minute.id)),
      /[A-Z][a-z]+ “[^”]+”, minute: it names a minute that is deleted in this file/,
    );
  });
});

describe('records whose links Chamber itself leaves, chosen on the Sync screen', () => {
  it('previews a backup holding the minute of an item the clerk removed', async () => {
    await chooseFile(({ item }) => removeAgendaItem(item.id));
    expect(await screen.findByRole('region', { name: 'Import preview' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('previews a file that deletes a meeting an item still names', async () => {
    // A meeting can now be deleted; another laptop may meanwhile have added an item to it, which arrives naming
    // it. Refusing would refuse every later file of either laptop; the item stays with its deleted meeting.
    await chooseFile(({ meeting }) =>
      writeTransaction([db.meetings], () => deleteRecord(db, 'meetings', meeting.id)),
    );
    expect(await screen.findByRole('region', { name: 'Import preview' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('previews a file of changes whose item belongs to a meeting on this laptop only', async () => {
    await useLaptop('office');
    const { meeting } = await seedMeeting();
    const everything = joinParts(await exportFile({ scope: { kind: 'everything' } }, 'none'));
    const { manifest } = await readBundle(everything);
    await addAgendaItem(meeting.id, { title: 'Community Safety Plan' });
    const changes = { since: manifest.knowledge };
    const file = joinParts(await exportFile({ scope: { kind: 'everything' }, changes }, 'none'));
    // The file holds agenda items only (the new one, and the others it renumbered): not their meeting.
    expect(Object.keys((await readBundle(file)).manifest.recordCounts)).toEqual(['agendaItems']);
    await useLaptop('chamber');
    await importFile(everything);
    fakeBridge().toPick.push([{ name: 'Changes.chamber', bytes: file }]);
    showSync();
    await userEvent.click(await screen.findByRole('button', { name: 'Choose a .chamber file...' }));
    const preview = await screen.findByRole('region', { name: 'Import preview' }, { timeout: 10_000 });
    expect(preview.textContent).toContain('Community Safety Plan');
  });
});
