import { db } from '../database';
import { deleteRecord, putRecord, updateRecord } from '../gate';
import type { RegisteredInterest } from '../../domain/model';
import { newId, writeTransaction } from './transaction';

export type NewInterest = Omit<RegisteredInterest, 'id' | 'personId'>;

/** What is wrong with an entry in the register, field by field. */
export function interestProblems(fields: Partial<NewInterest>): { description?: string; to?: string } {
  const problems: { description?: string; to?: string } = {};
  if (!fields.description?.trim())
    problems.description = 'Describe the interest as the member registered it.';
  if (fields.from && fields.to && fields.to < fields.from) {
    problems.to = 'The “to” date is before the “from” date: check both.';
  }
  return problems;
}

function check(fields: Partial<NewInterest>): void {
  const problem = Object.values(interestProblems(fields))[0];
  if (problem) throw new Error(problem);
}

/** Add an entry to a person's register of interests. */
export async function registerInterest(personId: string, fields: NewInterest): Promise<RegisteredInterest> {
  check(fields);
  const interest: RegisteredInterest = {
    id: newId(),
    personId,
    ...fields,
    description: fields.description.trim(),
  };
  if (!interest.from) delete interest.from;
  if (!interest.to) delete interest.to;
  await writeTransaction([db.people, db.interests], async () => {
    if (!(await db.people.get(personId))) throw new Error('That person no longer exists.');
    await putRecord(db, 'interests', interest);
  });
  return interest;
}

export async function updateInterest(id: string, changes: Partial<NewInterest>): Promise<void> {
  await writeTransaction([db.interests], async () => {
    const before = await db.interests.get(id);
    if (!before) throw new Error('That interest is no longer on the register.');
    check({ ...before, ...changes });
    await updateRecord<RegisteredInterest>(db, 'interests', id, changes);
  });
}

export async function removeInterest(id: string): Promise<void> {
  await writeTransaction([db.interests], () => deleteRecord(db, 'interests', id));
}

/** A person's interests, the current ones first, then by category. */
export async function interestsOf(personId: string): Promise<RegisteredInterest[]> {
  const interests = await db.interests.where('personId').equals(personId).toArray();
  return interests.sort(
    (a, b) => Number(Boolean(a.to)) - Number(Boolean(b.to)) || a.category.localeCompare(b.category),
  );
}
