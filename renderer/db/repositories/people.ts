import { db } from '../database';
import { putRecord, updateRecord } from '../gate';
import type { Person } from '../../domain/model';
import { newId, writeTransaction } from './transaction';

export type NewPerson = Partial<Omit<Person, 'id'>> & { name: string };

export function personRecord(fields: NewPerson, id = newId()): Person {
  return {
    id,
    title: '',
    group: '',
    position: '',
    email: '',
    phone: '',
    status: 'active',
    ...fields,
    name: fields.name.trim(),
  };
}

export async function createPerson(fields: NewPerson): Promise<Person> {
  if (!fields.name.trim()) throw new Error('A person needs a name.');
  const person = personRecord(fields);
  await writeTransaction([db.people], () => putRecord(db, 'people', person));
  return person;
}

export async function updatePerson(id: string, changes: Partial<Omit<Person, 'id'>>): Promise<void> {
  await writeTransaction([db.people], () => updateRecord<Person>(db, 'people', id, changes));
}

/** What is wrong with a person's details, field by field. */
export function personProblems(fields: Partial<Person>): { name?: string; email?: string } {
  const problems: { name?: string; email?: string } = {};
  if (fields.name !== undefined && !fields.name.trim()) problems.name = 'Type the person’s name.';
  if (fields.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(fields.email.trim())) {
    problems.email = 'Type an email address like name@example.gov.uk, or leave it empty.';
  }
  return problems;
}

/** Save a person's details after checking them. */
export async function savePerson(id: string, changes: Partial<Omit<Person, 'id'>>): Promise<void> {
  const problem = Object.values(personProblems(changes))[0];
  if (problem) throw new Error(problem);
  await updatePerson(id, {
    ...changes,
    ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
  });
}

/** Add a person after checking their details. */
export async function addPerson(fields: NewPerson): Promise<Person> {
  const problem = Object.values(personProblems(fields))[0];
  if (problem) throw new Error(problem);
  return createPerson(fields);
}
