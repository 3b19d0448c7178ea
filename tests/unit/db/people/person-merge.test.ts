import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { addAction } from '../../../../renderer/db/repositories/actions';
import { addAttendee } from '../../../../renderer/db/repositories/attendance';
import { addMember } from '../../../../renderer/db/repositories/committees';
import { recordDeclaration } from '../../../../renderer/db/repositories/declarations';
import { registerInterest } from '../../../../renderer/db/repositories/interests';
import { recordMotion, recordVote } from '../../../../renderer/db/repositories/motions';
import { createPerson } from '../../../../renderer/db/repositories/people';
import { recordProceeding } from '../../../../renderer/db/repositories/proceedings';
import {
  deletePerson,
  mergePeople,
  mergedInto,
  personReferences,
} from '../../../../renderer/db/repositories/person-merge';
import { exportFile } from '../../../../renderer/sync/export';
import { joinParts } from '../../../../renderer/sync/format/file-parts';
import { importFile } from '../../../../renderer/sync/import';
import { forgetLaptops, useLaptop } from '../../sync/support/laptops';
import { seedMeeting } from '../../sync/support/meeting';

beforeEach(forgetLaptops);

const everything = { scope: { kind: 'everything' as const } };

/** The Partnership Board with John Smith imported from CSV and "J. Smith" typed in later, each used a little. */
async function twoCopiesOfOnePerson() {
  const { committee, meeting, item, minute } = await seedMeeting();
  const john = await createPerson({
    title: 'Councillor',
    name: 'John Smith',
    email: 'john.smith@harrow.gov.uk',
  });
  const copy = await createPerson({ name: 'J. Smith', phone: '020 8863 5611' });
  await addMember(committee.id, { personId: copy.id, role: 'member' });
  await registerInterest(copy.id, { category: 'land', description: 'Freehold of 12 Station Road' });
  await addAttendee(meeting.id, { personId: copy.id, name: 'J. Smith', kind: 'member' });
  await recordDeclaration(meeting.id, {
    agendaItemId: item.id,
    personId: copy.id,
    kind: 'dpi',
    nature: 'Owns land nearby',
    conduct: 'dispensation',
  });
  const motion = await recordMotion(minute.id, { text: 'That the report be noted.', moverId: copy.id });
  await recordVote(motion.id, { kind: 'recorded', choices: [{ personId: copy.id, choice: 'for' }] });
  const action = await addAction(meeting.id, minute.id, { text: 'Report back', ownerPersonId: copy.id });
  await recordProceeding(minute.id, {
    kind: 'pointOfOrder',
    personId: copy.id,
    point: 'Quorum',
    ruling: 'Quorate',
  });
  return { committee, meeting, item, minute, john, copy, motion, action };
}

describe('merging two records of one person', () => {
  it('moves every record naming the removed one to the one kept, fills missing details, and removes it', async () => {
    await useLaptop('office');
    const { committee, meeting, minute, john, copy, motion, action } = await twoCopiesOfOnePerson();
    expect(await personReferences(copy.id)).toEqual({
      memberships: 1,
      interests: 1,
      attendance: 1,
      declarations: 1,
      motions: 1,
      actions: 1,
      committees: 0,
      minutes: 1,
    });

    await mergePeople(john.id, copy.id);

    expect(await db.people.get(copy.id)).toBeUndefined();
    expect(await db.people.get(john.id)).toMatchObject({
      name: 'John Smith',
      email: 'john.smith@harrow.gov.uk',
      phone: '020 8863 5611',
      mergedFromIds: [copy.id],
    });
    expect(await personReferences(copy.id)).toMatchObject({ memberships: 0, interests: 0, actions: 0 });
    const memberships = await db.memberships.where('committeeId').equals(committee.id).toArray();
    expect(memberships.filter((m) => m.personId === john.id)).toHaveLength(1);
    expect(await db.interests.where('personId').equals(john.id).count()).toBe(1);
    expect(await db.attendance.where({ meetingId: meeting.id, personId: john.id }).count()).toBe(1);
    expect(await db.declarations.where('personId').equals(john.id).count()).toBe(1);
    expect(await db.motions.get(motion.id)).toMatchObject({
      moverId: john.id,
      vote: { kind: 'recorded', choices: [{ personId: john.id, choice: 'for' }] },
    });
    expect((await db.actions.get(action.id))?.ownerPersonId).toBe(john.id);
    expect((await db.minutes.get(minute.id))?.proceedings).toContainEqual(
      expect.objectContaining({ kind: 'pointOfOrder', personId: john.id, point: 'Quorum' }),
    );
  });

  it('keeps one membership and one attendance line where both records held the same place', async () => {
    await useLaptop('office');
    const { committee, meeting, john, copy } = await twoCopiesOfOnePerson();
    await addMember(committee.id, { personId: john.id, role: 'chair' });
    await addAttendee(meeting.id, { personId: john.id, name: 'John Smith', kind: 'member' });
    await mergePeople(john.id, copy.id);
    const memberships = await db.memberships.where('committeeId').equals(committee.id).toArray();
    expect(memberships.filter((m) => m.personId === john.id).map((m) => m.role)).toEqual(['chair']);
    expect(await db.attendance.where({ meetingId: meeting.id, personId: john.id }).count()).toBe(1);
  });

  it('refuses to merge a person into themself, and changes nothing', async () => {
    await useLaptop('office');
    const { john } = await twoCopiesOfOnePerson();
    await expect(mergePeople(john.id, john.id)).rejects.toThrow('Choose two different people to merge.');
  });

  it('follows merges of merges to the person kept last', () => {
    expect(
      mergedInto([
        { id: 'k', mergedFromIds: ['b'] },
        { id: 'j', mergedFromIds: ['k'] },
      ]),
    ).toEqual(
      new Map([
        ['b', 'j'],
        ['k', 'j'],
      ]),
    );
  });
});

describe('deleting a person', () => {
  it('deletes someone no record names, and refuses someone named, saying where', async () => {
    await useLaptop('office');
    const { copy } = await twoCopiesOfOnePerson();
    const stray = await createPerson({ name: 'Typo Person' });
    await deletePerson(stray.id);
    expect(await db.people.get(stray.id)).toBeUndefined();
    await expect(deletePerson(copy.id)).rejects.toThrow(
      'This person cannot be deleted: they are named in 1 committee membership, 1 registered interest, 1 attendance line',
    );
    expect(await db.people.get(copy.id)).toBeDefined();
  });
});

describe('a merge travels to another laptop', () => {
  it('moves what the other laptop recorded for the removed person meanwhile, and removes them there too', async () => {
    await useLaptop('office');
    const { meeting, minute, john, copy } = await twoCopiesOfOnePerson();
    const start = await exportFile(everything);
    await useLaptop('chamber');
    await importFile(joinParts(start));
    // In the chamber, before hearing of the merge, the clerk gives J. Smith another action and an interest.
    const late = await addAction(meeting.id, minute.id, {
      text: 'Write to the applicant',
      ownerPersonId: copy.id,
    });
    await registerInterest(copy.id, { category: 'employment', description: 'Director, Smith Builders Ltd' });
    const fromChamber = await exportFile(everything);

    await useLaptop('office');
    await mergePeople(john.id, copy.id);
    const fromOffice = await exportFile(everything);
    // The office imports the chamber's work after its merge: it moves to John Smith as it arrives.
    await importFile(joinParts(fromChamber));
    expect((await db.actions.get(late.id))?.ownerPersonId).toBe(john.id);
    expect(await db.people.get(copy.id)).toBeUndefined();
    expect(await db.interests.where('personId').equals(john.id).count()).toBe(2);

    // The chamber imports the merge: its own late records follow, and J. Smith is gone there too.
    await useLaptop('chamber');
    await importFile(joinParts(fromOffice));
    expect(await db.people.get(copy.id)).toBeUndefined();
    expect((await db.actions.get(late.id))?.ownerPersonId).toBe(john.id);
    expect(await personReferences(copy.id)).toEqual({
      memberships: 0,
      interests: 0,
      attendance: 0,
      declarations: 0,
      motions: 0,
      actions: 0,
      committees: 0,
      minutes: 0,
    });
    expect(await db.interests.where('personId').equals(john.id).count()).toBe(2);
  });
});
