import type { MeetingRecord } from '../../domain/meeting-record';
import type { Person, RecordId } from '../../domain/model';
import { houseStyleIn } from './record-lookups';

/**
 * The minimum a builder needs to print a person: the people on record, and names typed in the meeting; with the
 * organisation and committee, names follow the house's style (with or without "Councillor").
 */
export type PeopleDirectory = Pick<MeetingRecord, 'people'> &
  Partial<Pick<MeetingRecord, 'attendance' | 'organisation' | 'committee'>>;

/**
 * "Councillor Jane Smith": title and name as printed in the membership; "Jane Smith" where the house prints
 * names without titles.
 */
export function fullName(person: Pick<Person, 'title' | 'name'>, directory?: PeopleDirectory): string {
  const style = directory?.organisation ? houseStyleIn(directory) : undefined;
  if (style?.memberNames === 'withoutTitle') return person.name.trim();
  return `${person.title} ${person.name}`.trim();
}

/**
 * A person's printed name by id. People only named at the meeting (a visitor) come from the attendance sheet;
 * an id nobody knows prints as "an unnamed person" rather than an id, so a damaged record never shows a UUID.
 */
export function nameOf(directory: PeopleDirectory, personId: RecordId | undefined): string {
  if (!personId) return 'an unnamed person';
  const person = directory.people[personId];
  if (person) return fullName(person, directory);
  const line = directory.attendance?.find((attendance) => attendance.personId === personId);
  return line?.name || 'an unnamed person';
}

/** "A, B and C" */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}
