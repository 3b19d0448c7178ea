import { db } from '../database';
import { deleteRecord, putRecord, updateRecord } from '../gate';
import type { Committee, Membership, MembershipRole } from '../../domain/model';
import { defaultStandingItems } from '../../domain/standing-items';
import { personRecord, type NewPerson } from './people';
import { newId, writeTransaction } from './transaction';

export type NewCommittee = Partial<Omit<Committee, 'id'>> & Pick<Committee, 'name' | 'type'>;

/** A member to add: someone already on record, or a new person created with the membership. */
export type NewMember = { role: MembershipRole; from?: string; to?: string } & (
  { personId: string } | { person: NewPerson }
);

export function committeeRecord(fields: NewCommittee, id = newId()): Committee {
  return {
    id,
    shortName: '',
    quorum: 3,
    defaultVenue: '',
    defaultStartTime: '18:00',
    minuteNumbering: 'continuous',
    firstMinuteNumber: 1,
    standingItems: defaultStandingItems.map((item) => ({ ...item })),
    allowsRemoteAttendance: false,
    ...fields,
    name: fields.name.trim(),
  };
}

/** Create a committee and its membership in one go: all of it is stored, or none. */
export async function createCommittee(fields: NewCommittee, members: NewMember[] = []): Promise<Committee> {
  if (!fields.name.trim()) throw new Error('A committee needs a name.');
  const committee = committeeRecord(fields);
  await writeTransaction([db.committees, db.people, db.memberships], async () => {
    await putRecord(db, 'committees', committee);
    for (const [index, member] of members.entries()) await storeMembership(committee.id, member, index);
  });
  return committee;
}

export async function updateCommittee(id: string, changes: Partial<Omit<Committee, 'id'>>): Promise<void> {
  await writeTransaction([db.committees], () => updateRecord<Committee>(db, 'committees', id, changes));
}

export async function addMember(committeeId: string, member: NewMember): Promise<Membership> {
  return writeTransaction([db.people, db.memberships], async () => {
    const last = await db.memberships
      .where('[committeeId+order]')
      .between([committeeId, -Infinity], [committeeId, Infinity])
      .last();
    return storeMembership(committeeId, member, (last?.order ?? -1) + 1);
  });
}

export async function updateMembership(id: string, changes: Partial<Omit<Membership, 'id'>>): Promise<void> {
  await writeTransaction([db.memberships], () => updateRecord<Membership>(db, 'memberships', id, changes));
}

export async function removeMembership(id: string): Promise<void> {
  await writeTransaction([db.memberships], () => deleteRecord(db, 'memberships', id));
}

async function storeMembership(committeeId: string, member: NewMember, order: number): Promise<Membership> {
  let personId: string;
  if ('personId' in member) personId = member.personId;
  else {
    if (!member.person.name.trim()) throw new Error(`Member ${order + 1} needs a name.`);
    const person = personRecord(member.person);
    await putRecord(db, 'people', person);
    personId = person.id;
  }
  const membership: Membership = { id: newId(), committeeId, personId, role: member.role, order };
  if (member.from) membership.from = member.from;
  if (member.to) membership.to = member.to;
  await putRecord(db, 'memberships', membership);
  return membership;
}
