import type { Person, RecordId } from '../model';
import type { ColumnMapping } from './column-mapping';
import { mappingProblem } from './column-mapping';
import type { PeopleCsv } from './read-csv';
import type { NewPerson } from './person-row';
import { readPersonRow } from './person-row';
import { displayName, indexPeople, normaliseEmail, normalisePersonName } from './duplicates';

export type RowToAdd = { row: number; person: NewPerson };

export type DuplicateRow = {
  row: number;
  person: NewPerson;
  reason: string;
  /** The person already in Chamber it matches, if any. */
  existingPersonId?: RecordId;
  /** The earlier row of the same file it matches, if any. */
  sameAsRow?: number;
};

export type BadRow = { row: number; values: string[]; reasons: string[] };

/** What the import would do, for the clerk to check before anything is stored. */
export type PeopleImportPreview = {
  toAdd: RowToAdd[];
  duplicates: DuplicateRow[];
  badRows: BadRow[];
};

function sentence(reasons: string[]): string {
  const text = reasons.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * Sorts the rows of a CSV into people to add, duplicates (of someone in Chamber, or of an earlier row) and bad
 * rows with the reasons. Nothing is stored: the repository adds `toAdd` in one transaction, or nothing.
 *
 * @example previewPeopleImport(readPeopleCsv(text), proposeColumnMapping(csv.headers), existingPeople)
 */
export function previewPeopleImport(
  csv: PeopleCsv,
  mapping: ColumnMapping,
  existing: readonly Person[],
): PeopleImportPreview {
  const problem = mappingProblem(mapping, csv.headers.length);
  if (problem) throw new Error(problem);
  const inChamber = indexPeople(existing);
  const namesInFile = new Map<string, number>();
  const emailsInFile = new Map<string, number>();
  const preview: PeopleImportPreview = { toAdd: [], duplicates: [], badRows: [] };

  for (const { row, values, problem: unreadable } of csv.records) {
    const { person, reasons } = readPersonRow(values, mapping);
    if (unreadable) reasons.unshift(unreadable);
    if (values.length > csv.headers.length) {
      reasons.push(
        `it has ${values.length} cells but the header has ${csv.headers.length} (a comma inside a cell needs quotes)`,
      );
    }
    if (reasons.length > 0) {
      preview.badRows.push({ row, values, reasons: [sentence(reasons)] });
      continue;
    }
    const name = normalisePersonName(person.name);
    const email = normaliseEmail(person.email);
    const known = inChamber.byEmail(email) ?? inChamber.byName(person.name);
    const earlierRow = (email ? emailsInFile.get(email) : undefined) ?? namesInFile.get(name);
    if (known) {
      const how = email && inChamber.byEmail(email) === known ? `the email ${person.email}` : 'the same name';
      const reason = `${displayName(known)} is already in Chamber with ${how}.`;
      preview.duplicates.push({ row, person, reason, existingPersonId: known.id });
    } else if (earlierRow !== undefined) {
      const how =
        email && emailsInFile.get(email) === earlierRow ? `the email ${person.email}` : 'the same name';
      preview.duplicates.push({
        row,
        person,
        reason: `Row ${earlierRow} has ${how}.`,
        sameAsRow: earlierRow,
      });
    } else {
      preview.toAdd.push({ row, person });
      namesInFile.set(name, row);
      if (email) emailsInFile.set(email, row);
    }
  }
  return preview;
}
