import { countOf, listOf } from '../../domain/english';
import type { Attendance, Motion, Person } from '../../domain/model';
import { minutesSigned } from '../../domain/minutes-presented';
import { printedName } from '../../domain/person-name';
import { db } from '../database';
import { deleteRecord, updateRecord } from '../gate';
import { writeTransaction } from './transaction';

/** Every kind of record that names a person, as the clerk reads them: one, many. */
export const personReferenceKinds = {
  memberships: ['committee membership', 'committee memberships'],
  interests: ['registered interest', 'registered interests'],
  attendance: ['attendance line', 'attendance lines'],
  declarations: ['declaration of interest', 'declarations of interest'],
  motions: ['motion moved, seconded or voted on', 'motions moved, seconded or voted on'],
  actions: ['action owned', 'actions owned'],
  committees: ['committee whose contact officer they are', 'committees whose contact officer they are'],
  minutes: [
    'minute naming them (points of order, nominations, elections, chair)',
    'minutes naming them (points of order, nominations, elections, chair)',
  ],
} as const;
export type PersonReferenceKind = keyof typeof personReferenceKinds;
export type PersonReferences = Record<PersonReferenceKind, number>;

/** "1 committee membership, 3 attendance lines and 1 action owned"; '' when nothing names them. */
export function referencesInWords(references: PersonReferences): string {
  return listOf(
    (Object.keys(references) as PersonReferenceKind[])
      .filter((kind) => references[kind] > 0)
      .map((kind) => countOf(references[kind], personReferenceKinds[kind][0], personReferenceKinds[kind][1])),
  );
}

/** The tables a merge reads and writes: the people and every record that names one. */
const referringTables = () => [
  db.people,
  db.meetings,
  db.minutes,
  db.memberships,
  db.interests,
  db.attendance,
  db.declarations,
  db.motions,
  db.actions,
  db.committees,
];

/** The fields of a minute's running order that hold a person's id (proceedings.ts). */
const proceedingPersonFields = new Set(['personId', 'candidateId', 'moverId', 'seconderId']);

/** A minute's running order with each person's id passed through `to`: a fresh copy, or the same when no id changed. */
function renamedIn<T>(value: T, to: (id: string) => string): T {
  if (Array.isArray(value)) {
    const next = value.map((entry: unknown) => renamedIn(entry, to));
    return (next.some((entry, index) => entry !== value[index]) ? next : value) as T;
  }
  if (!value || typeof value !== 'object') return value;
  let changed = false;
  const next: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    const renamed: unknown =
      proceedingPersonFields.has(key) && typeof field === 'string' ? to(field) : renamedIn(field, to);
    if (renamed !== field) changed = true;
    next[key] = renamed;
  }
  return (changed ? next : value) as T;
}

function namesIn(motion: Motion, ids: ReadonlySet<string>): boolean {
  if ((motion.moverId && ids.has(motion.moverId)) || (motion.seconderId && ids.has(motion.seconderId)))
    return true;
  return motion.vote?.kind === 'recorded' && motion.vote.choices.some((choice) => ids.has(choice.personId));
}

/** The records that name any of these people, by kind (read inside the caller's transaction, or alone). */
async function recordsNaming(ids: readonly string[]) {
  const set = new Set(ids);
  const [
    memberships,
    interests,
    attendance,
    substituted,
    declarations,
    motions,
    actions,
    committees,
    minutes,
  ] = await Promise.all([
    db.memberships.where('personId').anyOf(ids).toArray(),
    db.interests.where('personId').anyOf(ids).toArray(),
    db.attendance.where('personId').anyOf(ids).toArray(),
    db.attendance
      .filter((line) => !!line.substituteForPersonId && set.has(line.substituteForPersonId))
      .toArray(),
    db.declarations.where('personId').anyOf(ids).toArray(),
    db.motions.filter((motion) => namesIn(motion, set)).toArray(),
    db.actions.filter((action) => !!action.ownerPersonId && set.has(action.ownerPersonId)).toArray(),
    db.committees
      .filter((committee) => !!committee.contactOfficerId && set.has(committee.contactOfficerId))
      .toArray(),
    db.minutes
      .filter(
        (minute) =>
          !!minute.proceedings &&
          renamedIn(minute.proceedings, (id) => (set.has(id) ? '' : id)) !== minute.proceedings,
      )
      .toArray(),
  ]);
  const lines = new Map<string, Attendance>();
  for (const line of [...attendance, ...substituted]) lines.set(line.id, line);
  return {
    memberships,
    interests,
    attendance: [...lines.values()],
    declarations,
    motions,
    actions,
    committees,
    minutes,
  };
}

/** How many records of each kind name this person: what a merge moves, and why a delete is refused. */
export async function personReferences(personId: string): Promise<PersonReferences> {
  const found = await recordsNaming([personId]);
  return {
    memberships: found.memberships.length,
    interests: found.interests.length,
    attendance: found.attendance.length,
    declarations: found.declarations.length,
    motions: found.motions.length,
    actions: found.actions.length,
    committees: found.committees.length,
    minutes: found.minutes.length,
  };
}

/**
 * Point every record that names a removed person at the person kept instead (`moved`: removed id -> kept id),
 * through the change gate, so each change is stamped and travels to the other laptops. Where the kept person
 * already holds the same place (a membership of the same committee, a line at the same meeting, a vote on the
 * same motion), the removed person's is dropped rather than listing one person twice. Runs inside the caller's
 * transaction over `referringTables`. Returns how many records changed.
 */
async function moveReferences(moved: ReadonlyMap<string, string>): Promise<number> {
  const to = (id: string | undefined) => (id ? (moved.get(id) ?? id) : id);
  const found = await recordsNaming([...moved.keys()]);
  let changed = 0;
  const held = async (table: 'memberships' | 'attendance', key: string, value: string, personId: string) =>
    (await db.table(table).where(key).equals(value).toArray()).some(
      (row: { personId?: string }) => row.personId === personId,
    );
  for (const membership of found.memberships) {
    const personId = to(membership.personId) ?? membership.personId;
    if (await held('memberships', 'committeeId', membership.committeeId, personId))
      await deleteRecord(db, 'memberships', membership.id);
    else await updateRecord(db, 'memberships', membership.id, { personId });
    changed += 1;
  }
  for (const interest of found.interests) {
    await updateRecord(db, 'interests', interest.id, { personId: to(interest.personId) });
    changed += 1;
  }
  // An attendance line moved to the person kept reads as them, unless its minutes are signed: signed minutes
  // are the record as signed, so the line points at the person kept but keeps the name it was signed with.
  const keptNames = new Map<string, string>();
  for (const person of await db.people.bulkGet([...new Set(moved.values())]))
    if (person) keptNames.set(person.id, printedName(person));
  const signed = await signedMeetingIds(found.attendance.map((line) => line.meetingId));
  for (const line of found.attendance) {
    const personId = to(line.personId);
    const renamed = personId && personId !== line.personId && !signed.has(line.meetingId);
    const name = renamed ? keptNames.get(personId) : undefined;
    if (
      personId !== line.personId &&
      personId &&
      (await held('attendance', 'meetingId', line.meetingId, personId))
    )
      await deleteRecord(db, 'attendance', line.id);
    else
      await updateRecord<Attendance>(db, 'attendance', line.id, {
        personId,
        substituteForPersonId: to(line.substituteForPersonId),
        ...(name ? { name } : {}),
      });
    changed += 1;
  }
  for (const declaration of found.declarations) {
    await updateRecord(db, 'declarations', declaration.id, { personId: to(declaration.personId) });
    changed += 1;
  }
  for (const motion of found.motions) {
    const changes: Partial<Motion> = { moverId: to(motion.moverId), seconderId: to(motion.seconderId) };
    if (motion.vote?.kind === 'recorded') {
      const voted = new Set<string>();
      const choices = motion.vote.choices
        .map((choice) => ({ ...choice, personId: to(choice.personId) ?? choice.personId }))
        // The kept person's own vote stands where both voted (it comes first when it was theirs already).
        .sort((a, b) => Number(moved.has(a.personId)) - Number(moved.has(b.personId)))
        .filter((choice) => !voted.has(choice.personId) && voted.add(choice.personId));
      changes.vote = { kind: 'recorded', choices };
    }
    await updateRecord<Motion>(db, 'motions', motion.id, changes);
    changed += 1;
  }
  for (const action of found.actions) {
    await updateRecord(db, 'actions', action.id, { ownerPersonId: to(action.ownerPersonId) });
    changed += 1;
  }
  for (const minute of found.minutes) {
    const proceedings = renamedIn(minute.proceedings, (id) => moved.get(id) ?? id);
    await updateRecord(db, 'minutes', minute.id, { proceedings });
    changed += 1;
  }
  for (const committee of found.committees) {
    await updateRecord(db, 'committees', committee.id, { contactOfficerId: to(committee.contactOfficerId) });
    changed += 1;
  }
  return changed;
}

/** Of these meetings, those whose minutes are approved and signed. */
async function signedMeetingIds(meetingIds: readonly string[]): Promise<Set<string>> {
  const meetings = await db.meetings.bulkGet([...new Set(meetingIds)]);
  return new Set(
    meetings.filter((meeting) => meeting && minutesSigned(meeting)).map((meeting) => meeting!.id),
  );
}

const detailFields = ['title', 'group', 'position', 'email', 'phone'] as const;

/**
 * Merge two records of one person: every record naming `removedId` (memberships, interests, attendance,
 * declarations, motions and votes, actions, contact officer) moves to `keptId`, details the kept record lacks
 * (email, phone...) are taken from the other, and the other is deleted. The kept record remembers the ids it
 * absorbed (`mergedFromIds`): another laptop that still has records naming the removed person moves them too
 * when it imports this (honourPersonMerges). One transaction: all of it or none.
 */
export async function mergePeople(keptId: string, removedId: string): Promise<Person> {
  if (keptId === removedId) throw new Error('Choose two different people to merge.');
  return writeTransaction(referringTables(), async () => {
    const [kept, removed] = await db.people.bulkGet([keptId, removedId]);
    if (!kept || !removed)
      throw new Error('One of the two people is no longer on record (deleted or merged on another laptop).');
    const moved = new Map<string, string>([[removedId, keptId]]);
    for (const earlier of removed.mergedFromIds ?? []) moved.set(earlier, keptId);
    await moveReferences(moved);
    const filled: Partial<Person> = {};
    for (const field of detailFields)
      if (!kept[field].trim() && removed[field].trim()) filled[field] = removed[field];
    const mergedFromIds = [...new Set([...(kept.mergedFromIds ?? []), ...moved.keys()])];
    const person = await updateRecord<Person>(db, 'people', keptId, { ...filled, mergedFromIds });
    await deleteRecord(db, 'people', removedId);
    return person;
  });
}

/** Delete a person no record names; one that is named somewhere is refused, saying where. */
export async function deletePerson(personId: string): Promise<true> {
  return writeTransaction(referringTables(), async () => {
    const references = await personReferences(personId);
    const named = referencesInWords(references);
    if (named)
      throw new Error(
        `This person cannot be deleted: they are named in ${named}. Merge them into another record of the same person instead, or mark them Former.`,
      );
    await deleteRecord(db, 'people', personId);
    return true as const;
  });
}

/**
 * Which person each merged-away id now is, following merges of merges (B into K, then K into J: B is J).
 * A loop (two laptops each merging one into the other) stops where it started.
 */
export function mergedInto(people: readonly Pick<Person, 'id' | 'mergedFromIds'>[]): Map<string, string> {
  const direct = new Map<string, string>();
  for (const person of people)
    for (const id of person.mergedFromIds ?? []) if (id !== person.id) direct.set(id, person.id);
  const resolved = new Map<string, string>();
  for (const id of direct.keys()) {
    let to = direct.get(id) as string;
    const seen = new Set([id]);
    while (direct.has(to) && !seen.has(to)) {
      seen.add(to);
      to = direct.get(to) as string;
    }
    if (to !== id) resolved.set(id, to);
  }
  return resolved;
}

/**
 * After an import: records that name a person merged away on any laptop (here or in the file) are moved to
 * the person kept, and a merged-away record that is still here (a file that carried the merge but not the
 * deletion) goes. Cheap when nobody was ever merged. Returns how many records changed.
 */
export async function honourPersonMerges(): Promise<number> {
  const people = await db.people.toArray();
  if (!people.some((person) => person.mergedFromIds?.length)) return 0;
  return writeTransaction(referringTables(), async () => {
    const moved = mergedInto(await db.people.toArray());
    if (moved.size === 0) return 0;
    let changed = await moveReferences(moved);
    for (const id of moved.keys())
      if (await db.people.get(id)) {
        await deleteRecord(db, 'people', id);
        changed += 1;
      }
    return changed;
  });
}
