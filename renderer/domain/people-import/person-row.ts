import type { Person } from '../model';
import type { ColumnMapping, PersonField } from './column-mapping';

/** A person as the import would store them, before the repository gives them an id. */
export type NewPerson = Omit<Person, 'id'>;

export type RowReading = { person: NewPerson; reasons: string[] };

/** Titles a clerk may find at the start of a name cell; the import moves them into the title. */
const knownTitles = [
  'Councillor',
  'Cllr',
  'Alderman',
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Mx',
  'Prof',
  'Professor',
  'Rev',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
];
const titleAtStart = new RegExp(`^(${knownTitles.join('|')})\\.?\\s+(.+)$`, 'i');

const emailPattern = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;
const phonePattern = /^\+?[\d\s()\-.]+(\s*(ext\.?|x)\s*\d+)?$/i;
const longest = 200;

/**
 * Reads one CSV row into a person, with every reason the row cannot be imported (none means it can).
 * A name cell that starts with a title ("Cllr Jane Smith") gives the title when no title column says otherwise.
 *
 * @example readPersonRow(['Cllr Jane Smith', 'jane@example.org'], { name: 0, email: 1 }).person.title // "Cllr"
 */
export function readPersonRow(values: readonly string[], mapping: ColumnMapping): RowReading {
  const cell = (field: PersonField): string => {
    const column = mapping[field];
    return column === undefined ? '' : (values[column] ?? '').replace(/\s+/g, ' ').trim();
  };
  let title = cell('title');
  let name = cell('name') || [cell('firstName'), cell('lastName')].filter(Boolean).join(' ');
  const titled = titleAtStart.exec(name);
  if (!title && titled?.[1] && titled[2]) {
    const match = knownTitles.find((known) => known.toLowerCase() === titled[1]?.toLowerCase());
    title = match ?? titled[1];
    name = titled[2];
  }
  const person: NewPerson = {
    title,
    name,
    group: cell('group'),
    position: cell('position'),
    email: cell('email'),
    phone: cell('phone'),
    status: 'active',
  };
  return { person, reasons: problemsWith(person) };
}

function problemsWith(person: NewPerson): string[] {
  const reasons: string[] = [];
  if (!person.name) reasons.push('there is no name');
  if (person.email && !emailPattern.test(person.email))
    reasons.push(`"${person.email}" is not an email address`);
  const digits = person.phone.replace(/\D/g, '').length;
  if (person.phone && (!phonePattern.test(person.phone) || digits < 6 || digits > 15)) {
    reasons.push(`"${person.phone}" is not a phone number`);
  }
  for (const [field, value] of Object.entries(person)) {
    if (value.length > longest) reasons.push(`the ${field} is longer than ${longest} characters`);
  }
  return reasons;
}
