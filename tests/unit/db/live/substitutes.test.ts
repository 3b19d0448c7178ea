import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { openRollCall } from '../../../../renderer/db/repositories/attendance';
import { createPerson } from '../../../../renderer/db/repositories/people';
import { addSubstitute } from '../../../../renderer/db/repositories/substitutes';
import { freshDatabase } from '../reset';
import { seedMeeting } from '../../sync/support/meeting';

beforeEach(freshDatabase);

describe('a substitute at a meeting', () => {
  it('is someone on record, present as a member for the member they replace', async () => {
    const { meeting } = await seedMeeting();
    await openRollCall(meeting.id);
    const hall = (await db.people.toArray()).find((person) => person.name === 'Susan Hall')!;
    const grace = await createPerson({ title: 'Councillor', name: 'Grace Okafor' });
    const line = await addSubstitute(meeting.id, { personId: grace.id }, hall.id);
    expect(line).toMatchObject({
      personId: grace.id,
      name: 'Councillor Grace Okafor',
      kind: 'member',
      status: 'present',
      substituteForPersonId: hall.id,
    });
    await expect(addSubstitute(meeting.id, { personId: grace.id })).rejects.toThrow(
      'Councillor Grace Okafor is already in the attendance of this meeting.',
    );
  });

  it('who is new is added to the people on record with their attendance, in one go', async () => {
    const { meeting } = await seedMeeting();
    const before = await db.people.count();
    const line = await addSubstitute(meeting.id, { newName: '  Grace Okafor ' });
    const grace = await db.people.get(line.personId!);
    expect(grace?.name).toBe('Grace Okafor');
    expect(await db.people.count()).toBe(before + 1);
    await expect(addSubstitute(meeting.id, { newName: ' ' })).rejects.toThrow('Type the substitute’s name.');
    await expect(addSubstitute('no-such-meeting', { newName: 'Ann Lee' })).rejects.toThrow(
      'That meeting no longer exists.',
    );
    expect(await db.people.count()).toBe(before + 1);
  });
});
