import { formatLongDate } from '../../../domain/en-gb';
import { readTable, type ImportPreview } from '../../../sync';

type Values = Record<string, unknown>;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Names for people, memberships and meetings in a preview, from the file's own records: the file's label is
 * the first text field it finds, which for a person is their title ("Councillor") and for a membership its id.
 * These few small tables are read again from the file's bytes (the checked file keeps no records).
 */
export function bundleLabels(preview: ImportPreview): Map<string, string> {
  const values = (table: 'people' | 'committees' | 'memberships' | 'meetings') =>
    new Map(readTable(preview.bundle, table).map((record) => [record.id, record.values ?? {}] as const));
  const people = values('people');
  const committees = values('committees');
  const labels = new Map<string, string>();
  const personName = (person: Values | undefined) =>
    person ? [text(person.title), text(person.name)].filter(Boolean).join(' ') : '';
  for (const [id, person] of people) labels.set(id, `Person: ${personName(person)}`);
  for (const [id, membership] of values('memberships')) {
    const person = personName(people.get(text(membership.personId)));
    const committee = text(committees.get(text(membership.committeeId))?.name);
    if (person) labels.set(id, `Membership: ${person}${committee ? ` on ${committee}` : ''}`);
  }
  for (const [id, meeting] of values('meetings')) {
    const committee = text(committees.get(text(meeting.committeeId))?.name);
    const date = text(meeting.date);
    if (/^\d{4}-\d{2}-\d{2}$/.test(date))
      labels.set(id, `Meeting: ${committee ? `${committee}, ` : ''}${formatLongDate(date)}`);
  }
  return labels;
}
