import type { Person } from './model';

/** A person's name as printed in papers: title then name, "Councillor Thaya Idaikkadar". */
export function printedName(person: Pick<Person, 'title' | 'name'>): string {
  return [person.title.trim(), person.name.trim()].filter(Boolean).join(' ');
}
