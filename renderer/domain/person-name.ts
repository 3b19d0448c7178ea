import type { Person } from './model';
import { normalisePersonName } from './people-import/duplicates';

/** A person's name as printed in papers: title then name, "Councillor Thaya Idaikkadar". */
export function printedName(person: Pick<Person, 'title' | 'name'>): string {
  return [person.title.trim(), person.name.trim()].filter(Boolean).join(' ');
}

/** A name with the group or role beside it, so two people of one name can be told apart in a list. */
export function nameWithDetail(person: Pick<Person, 'title' | 'name' | 'group' | 'position'>): string {
  const detail = person.group.trim() || person.position.trim();
  return detail ? `${printedName(person)} (${detail})` : printedName(person);
}

/**
 * A name split into surname and the names before it, as a clerk files people. A name typed "Smith, John"
 * says its surname first; otherwise the surname is the last word ("Thaya Idaikkadar" files under I; a
 * hyphenated "Rees-Mogg" is one word). Compared without case, accents, punctuation or a leading title.
 *
 * @example nameParts('J. Smith') // { surname: 'smith', forenames: ['j'] }
 */
export function nameParts(name: string): { surname: string; forenames: string[] } {
  const comma = name.indexOf(',');
  if (comma > 0) {
    const surname = normalisePersonName(name.slice(0, comma)).replace(/ /g, '');
    const forenames = normalisePersonName(name.slice(comma + 1))
      .split(' ')
      .filter(Boolean);
    if (surname) return { surname, forenames };
  }
  const words = normalisePersonName(name.replace(/(\p{L})-(\p{L})/gu, '$1$2'))
    .split(' ')
    .filter(Boolean);
  return { surname: words.at(-1) ?? '', forenames: words.slice(0, -1) };
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/**
 * Orders people by surname, then by the names before it, then by title: every list of people reads
 * alphabetically by surname, as a council's membership lists and registers do.
 *
 * @example people.sort(bySurname)
 */
export function bySurname(
  first: Pick<Person, 'title' | 'name'>,
  second: Pick<Person, 'title' | 'name'>,
): number {
  const a = nameParts(first.name);
  const b = nameParts(second.name);
  return (
    collator.compare(a.surname, b.surname) ||
    collator.compare(a.forenames.join(' '), b.forenames.join(' ')) ||
    collator.compare(first.title, second.title) ||
    collator.compare(first.name, second.name)
  );
}

/** A copy of the list, sorted by surname (see bySurname). */
export function sortedBySurname<T extends Pick<Person, 'title' | 'name'>>(people: readonly T[]): T[] {
  return [...people].sort(bySurname);
}
