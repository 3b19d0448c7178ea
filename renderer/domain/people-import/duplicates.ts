import type { Person } from '../model';

const titles = new Set([
  'councillor',
  'cllr',
  'alderman',
  'dr',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'prof',
  'professor',
  'rev',
  'sir',
  'dame',
]);

/**
 * A name reduced for comparison: no accents, case, punctuation or leading titles, so "Cllr Seán O'Brien" and
 * "SEAN OBRIEN" compare equal. Hyphens and full stops count as spaces.
 *
 * @example normalisePersonName("Cllr Seán O'Brien") // "sean obrien"
 */
export function normalisePersonName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && titles.has(words[0] ?? '')) words.shift();
  return words.join(' ');
}

/** Email addresses compare without case or surrounding spaces. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The name as the clerk would know the person: "Councillor Thaya Idaikkadar". */
export function displayName(person: Pick<Person, 'title' | 'name'>): string {
  return [person.title, person.name].filter(Boolean).join(' ');
}

/** Finds people already in Chamber by normalised name and by email. */
export type PeopleIndex = {
  byName(name: string): Person | undefined;
  byEmail(email: string): Person | undefined;
};

export function indexPeople(people: readonly Person[]): PeopleIndex {
  const names = new Map<string, Person>();
  const emails = new Map<string, Person>();
  for (const person of people) {
    if (!names.has(normalisePersonName(person.name))) names.set(normalisePersonName(person.name), person);
    if (person.email && !emails.has(normaliseEmail(person.email)))
      emails.set(normaliseEmail(person.email), person);
  }
  return {
    byName: (name) => names.get(normalisePersonName(name)),
    byEmail: (email) => (email ? emails.get(normaliseEmail(email)) : undefined),
  };
}
