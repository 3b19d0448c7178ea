import { db } from '../database';
import type {
  Action,
  Attendance,
  Declaration,
  Meeting,
  Membership,
  Minute,
  Motion,
  NameAsSigned,
  Person,
} from '../../domain/model';
import { peopleInRunningOrder } from '../../domain/running-order';

/** The parts of a meeting's record that name people. */
export type PartsNamingPeople = {
  memberships: readonly Membership[];
  attendance: readonly Attendance[];
  declarations: readonly Declaration[];
  motions: readonly Motion[];
  actions: readonly Action[];
  minutes: readonly Minute[];
};

/**
 * Every person a meeting's record names: members, attendance (and whom a substitute stood for), declarations,
 * movers, seconders and recorded voters, action owners, and the people a minute's running order names (chair
 * spells, points of order, nominations).
 */
export function idsOfPeopleNamed(parts: PartsNamingPeople): Set<string> {
  const personIds = new Set<string>(parts.memberships.map((membership) => membership.personId));
  for (const line of parts.attendance) {
    if (line.personId) personIds.add(line.personId);
    if (line.substituteForPersonId) personIds.add(line.substituteForPersonId);
  }
  for (const declaration of parts.declarations) personIds.add(declaration.personId);
  for (const motion of parts.motions) {
    for (const id of [motion.moverId, motion.seconderId]) if (id) personIds.add(id);
    // Recorded votes name every member who voted.
    if (motion.vote?.kind === 'recorded')
      for (const choice of motion.vote.choices) personIds.add(choice.personId);
  }
  for (const action of parts.actions) if (action.ownerPersonId) personIds.add(action.ownerPersonId);
  for (const minute of parts.minutes) for (const id of peopleInRunningOrder(minute)) personIds.add(id);
  return personIds;
}

/**
 * Each person a meeting's record names, as the minutes print them now: kept on the meeting when its minutes
 * are signed (approveMinutes). Reads inside the caller's transaction over meetings, committees, memberships,
 * attendance, declarations, motions, actions, minutes and people.
 */
export async function namesAsTheyPrint(meeting: Meeting): Promise<Record<string, NameAsSigned>> {
  const [memberships, attendance, declarations, motions, actions, minutes] = await Promise.all([
    db.memberships.where('committeeId').equals(meeting.committeeId).toArray(),
    db.attendance.where('meetingId').equals(meeting.id).toArray(),
    db.declarations.where('meetingId').equals(meeting.id).toArray(),
    db.motions.where('meetingId').equals(meeting.id).toArray(),
    db.actions.where('meetingId').equals(meeting.id).toArray(),
    db.minutes.where('meetingId').equals(meeting.id).toArray(),
  ]);
  const ids = idsOfPeopleNamed({ memberships, attendance, declarations, motions, actions, minutes });
  const names: Record<string, NameAsSigned> = {};
  for (const person of await db.people.bulkGet([...ids]))
    if (person) {
      const { title, name, group, position } = person;
      names[person.id] = { title, name, group, position };
    }
  return names;
}

/**
 * The person as the meeting's minutes print them: as signed when the minutes are signed and kept the names
 * (a person merged since into another record is found through the ids the kept record absorbed), else as
 * they are today. Minutes signed before Chamber kept names have none and print today's names, as they always
 * did: reading never writes, so they are left so.
 */
export function asSigned(person: Person, meeting: Meeting): Person {
  const kept = meeting.namesAsSigned;
  if (!kept) return person;
  const signed =
    kept[person.id] ?? (person.mergedFromIds ?? []).map((id) => kept[id]).find((name) => name !== undefined);
  return signed ? { ...person, ...signed } : person;
}
