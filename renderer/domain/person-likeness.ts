import type { Person } from './model';
import { nameParts } from './person-name';
import { normaliseEmail, normalisePersonName } from './people-import/duplicates';

/** Why someone on record may be the person about to be added. */
export type Likeness = 'sameEmail' | 'sameSurnameAndInitials';

export type LikelyDuplicate = { person: Person; because: Likeness };

/** What the clerk reads for each reason. */
export const likenessWords: Record<Likeness, string> = {
  sameEmail: 'same email address',
  sameSurnameAndInitials: 'same surname and initials',
};

function initials(forenames: string[]): string {
  return forenames.map((name) => name.charAt(0)).join('');
}

/**
 * Whether two names could be one person written two ways: the same surname, and initials that agree as far as
 * both go ("J. Smith", "John Smith" and "John R. Smith" agree; "Jane Smith" and "Peter Smith" do not). A name
 * with no forenames at all ("Smith") agrees with any of the same surname.
 */
export function namesAlike(first: string, second: string): boolean {
  const a = nameParts(first);
  const b = nameParts(second);
  if (!a.surname || a.surname !== b.surname) return false;
  const ia = initials(a.forenames);
  const ib = initials(b.forenames);
  return ia.startsWith(ib) || ib.startsWith(ia);
}

/**
 * The people already on record who are probably the person about to be added: same email address, or the same
 * surname and initials. A warning, not a refusal: two councillors can share a surname and an initial.
 *
 * @example likelyDuplicates({ name: 'J. Smith', email: '' }, people) // [{ person: John Smith, because: 'sameSurnameAndInitials' }]
 */
export function likelyDuplicates(
  candidate: Pick<Person, 'name'> & Partial<Pick<Person, 'email'>>,
  people: readonly Person[],
): LikelyDuplicate[] {
  const email = normaliseEmail(candidate.email ?? '');
  const found: LikelyDuplicate[] = [];
  for (const person of people) {
    if (email && normaliseEmail(person.email) === email) found.push({ person, because: 'sameEmail' });
    else if (candidate.name.trim() && namesAlike(candidate.name, person.name))
      found.push({ person, because: 'sameSurnameAndInitials' });
  }
  return found;
}

/** What a name typed (not picked from the list) comes to: see resolveTypedName. */
export type TypedName =
  | { kind: 'onRecord'; person: Person }
  | { kind: 'likelyDuplicate'; duplicates: LikelyDuplicate[] }
  | { kind: 'new'; name: string };

/**
 * A name typed where a person is chosen: exactly one person on record of that name is that person (not a second
 * copy of them); a name that is probably someone on record waits for the clerk to say which (unless they have
 * already said "new"); anything else is someone new.
 *
 * @example resolveTypedName('J. Smith', people, false) // { kind: 'likelyDuplicate', duplicates: [John Smith] }
 */
export function resolveTypedName(name: string, people: readonly Person[], confirmedNew: boolean): TypedName {
  const typed = normalisePersonName(name);
  const same = people.filter((person) => normalisePersonName(person.name) === typed);
  if (same.length === 1 && same[0] && !confirmedNew) return { kind: 'onRecord', person: same[0] };
  const duplicates = confirmedNew ? [] : likelyDuplicates({ name }, people);
  if (duplicates.length > 0) return { kind: 'likelyDuplicate', duplicates };
  return { kind: 'new', name: name.trim() };
}
