import { db } from '../database';
import { putRecord } from '../gate';
import type { Person } from '../../domain/model';
import { personProblems, personRecord, type NewPerson } from './people';
import { writeTransaction } from './transaction';

/**
 * Store the people from an import, all in one transaction: if any row is wrong, or anything fails part way,
 * nobody is stored, so the clerk can fix the file and import it again without creating duplicates.
 */
export async function importPeople(rows: readonly NewPerson[]): Promise<Person[]> {
  if (rows.length === 0)
    throw new Error('There is nobody to import: every row was left out or the file is empty.');
  rows.forEach((row, index) => {
    const problem = Object.values(personProblems(row))[0];
    if (problem)
      throw new Error(`Row ${index + 1} (${row.name || 'no name'}): ${problem} Nothing was imported.`);
  });
  const people = rows.map((row) => personRecord(row));
  await writeTransaction([db.people], async () => {
    for (const person of people) await putRecord(db, 'people', person);
  });
  return people;
}
