import { SyncError } from './errors';
import type { ExportedRecord } from './manifest';

const stampPattern = /^\d{15}-\d{5}-.{1,100}$/;

type Problem = { at: string; message: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The last stamp found good: a record's fields are mostly stamped at once, with the same stamp, so most stamps
 * are this one again, and comparing two strings is cheaper than the pattern.
 */
let lastStamp = '';

function isStamp(value: unknown): boolean {
  if (value === lastStamp) return true;
  if (typeof value !== 'string' || !stampPattern.test(value)) return false;
  lastStamp = value;
  return true;
}

function problemIn(record: unknown): Problem | undefined {
  if (!isObject(record)) return { at: '', message: 'expected a record' };
  const { id, values, stamps, deletedAt } = record;
  if (typeof id !== 'string' || id.length < 1 || id.length > 200)
    return { at: '.id', message: 'expected an id of 1 to 200 characters' };
  if (values !== undefined && !isObject(values)) return { at: '.values', message: 'expected an object' };
  if (!isObject(stamps)) return { at: '.stamps', message: 'expected the fields’ clock stamps' };
  for (const field in stamps) {
    if (field.length > 200) return { at: '.stamps', message: 'a field name is too long' };
    if (!isStamp(stamps[field])) return { at: `.stamps.${field}`, message: 'not a clock stamp' };
  }
  if (deletedAt !== undefined && !isStamp(deletedAt))
    return { at: '.deletedAt', message: 'not a clock stamp' };
  return undefined;
}

/**
 * The records of one table as a file lists them, checked against manifest.ts exportedRecordSchema's rules by a
 * plain loop: the same checks through zod's generic machinery cost seconds on a council's 200,000 records.
 * Each record's values are checked afterwards against its table's schema (record-schemas.ts). `firstIndex`:
 * where this piece of the list starts, so a problem is named by its place in the whole list.
 */
export function checkExportedRecords(json: unknown, path: string, firstIndex = 0): ExportedRecord[] {
  if (!Array.isArray(json)) throw new SyncError('record-invalid', `${path}: expected a list of records`);
  for (let index = 0; index < json.length; index += 1) {
    const problem = problemIn(json[index]);
    if (problem)
      throw new SyncError(
        'record-invalid',
        `${path} at ${firstIndex + index}${problem.at}: ${problem.message}`,
      );
  }
  return json as ExportedRecord[];
}
