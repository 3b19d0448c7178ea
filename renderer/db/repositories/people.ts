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
