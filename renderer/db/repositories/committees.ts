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
  const problem = Object.values(committeeProblems(fields))[0];
  if (problem) throw new Error(problem);
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
  const dates = membershipDatesProblem(member.from, member.to);
  if (dates) throw new Error(`Member ${order + 1}: ${dates}`);
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

/** What is wrong with a committee's details, field by field, in words the clerk can act on. */
export function committeeProblems(fields: Partial<Committee>): Partial<Record<keyof Committee, string>> {
  const problems: Partial<Record<keyof Committee, string>> = {};
  if (fields.name !== undefined && !fields.name.trim()) {
    problems.name = 'Type the committee’s name, as it is printed on its papers.';
  }
  if (fields.quorum !== undefined && (!Number.isInteger(fields.quorum) || fields.quorum < 1)) {
    problems.quorum = 'The quorum is a whole number of members, 1 or more.';
  }
  if (fields.defaultStartTime !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(fields.defaultStartTime)) {
    problems.defaultStartTime = 'Type the usual start time on the 24-hour clock, for example 18:00.';
  }
  if (
    fields.firstMinuteNumber !== undefined &&
    (!Number.isInteger(fields.firstMinuteNumber) || fields.firstMinuteNumber < 1)
  ) {
    problems.firstMinuteNumber = 'The first minute number is a whole number, 1 or more.';
  }
  const width = fields.minuteNumberFormat?.width;
  if (width !== undefined && (!Number.isInteger(width) || width < 0 || width > 9)) {
    problems.minuteNumberFormat = 'Minute numbers have 0 to 9 digits (0 prints them as they are).';
  }
  if (fields.standingItems?.some((item) => !item.title.trim())) {
    problems.standingItems = 'Every standing item needs a title: type one or remove the item.';
  }
  return problems;
}

/** Save a committee's details after checking them; a committee cannot be its own parent. */
export async function saveCommittee(id: string, changes: Partial<Omit<Committee, 'id'>>): Promise<void> {
  const problem = Object.values(committeeProblems(changes))[0];
  if (problem) throw new Error(problem);
  if (changes.parentId === id) throw new Error('A committee cannot be its own parent.');
  const trimmed = { ...changes };
  if (trimmed.name !== undefined) trimmed.name = trimmed.name.trim();
  await writeTransaction([db.committees], () => updateRecord<Committee>(db, 'committees', id, trimmed));
}

/** Move a member to another place in the printed membership list; the others close up around them. */
export async function moveMembership(id: string, toIndex: number): Promise<void> {
  await writeTransaction([db.memberships], async () => {
    const membership = await db.memberships.get(id);
    if (!membership) throw new Error('That membership no longer exists.');
    const list = await db.memberships.where('committeeId').equals(membership.committeeId).sortBy('order');
    const next = list.filter((other) => other.id !== id);
    next.splice(Math.max(0, Math.min(toIndex, next.length)), 0, membership);
    for (const [order, entry] of next.entries()) {
      if (entry.order !== order) await updateRecord<Membership>(db, 'memberships', entry.id, { order });
    }
  });
}

/** Membership dates must run forwards: a member cannot leave before they joined. */
export function membershipDatesProblem(from?: string, to?: string): string | undefined {
  return from && to && to < from ? 'The “to” date is before the “from” date: check both.' : undefined;
}
