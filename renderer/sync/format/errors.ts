/**
 * Why a file was refused. Each code has a message for the clerk that says what is wrong and what to do;
 * the database is never touched when one is raised during import.
 */
export const syncErrorMessages = {
  'not-a-zip': 'This file is not a Chamber export: it is not a zip archive. Check you chose a .chamber file.',
  'unsupported-zip':
    'This file uses zip features Chamber does not write (encrypted entries, split archives or very large entries). Export it again from Chamber.',
  'damaged-file':
    'This file is damaged or was not copied completely. Copy it again from the laptop that made it, then import again.',
  'not-chamber': 'This zip file is not a Chamber export: it has no Chamber manifest.',
  'manifest-invalid':
    'This file’s list of contents (manifest) is damaged. Export it again from the other laptop.',
  'newer-version': 'This file was made by a newer version of Chamber. Please update Chamber to import it.',
  'unknown-version': 'This file’s format version is not one Chamber knows. Export it again from Chamber.',
  'duplicate-entry': 'This file holds the same part twice, so it cannot be trusted. Export it again.',
  'missing-entry':
    'A part listed in this file is missing. The file was not copied completely: copy it again.',
  'unlisted-entry':
    'This file holds a part its manifest does not list. It may have been altered: export it again.',
  'checksum-mismatch':
    'Part of this file does not match its checksum: it was damaged or altered. Copy it again from the laptop that made it.',
  'too-large':
    'This file is larger than Chamber accepts, or unpacks to far more than its size (a "zip bomb"). It was not opened.',
  'too-many-entries': 'This file holds more parts than Chamber accepts. It was not opened.',
  'record-invalid':
    'A record in this file holds something Chamber cannot use, so nothing was imported. Correct it on the laptop that made the file, then export it again.',
  'count-mismatch':
    'This file holds a different number of records than its manifest says: it may have been altered.',
  'document-missing': 'A document referred to in this file is missing from it, so nothing was imported.',
  'paper-unreadable':
    'A paper in this file cannot be opened as a Word document or a PDF, so nothing was imported. Attach that paper again on the laptop that made the file, then export again.',
  'paper-mismatch':
    'A paper in this file is not the paper its record describes (a different size or checksum), so nothing was imported. It was altered or mixed up with another: export it again from the laptop that made it.',
  'template-unusable':
    'A document template in this file cannot be used as one, so nothing was imported. Upload the template again on the laptop that made the file, then export again.',
  'passphrase-needed': 'This file is encrypted. Enter the passphrase it was exported with.',
  'wrong-passphrase': 'That passphrase does not open this file. Check it with the person who exported it.',
  'encryption-needed':
    'This export holds Part B (exempt) business, so it must be encrypted. Enter a passphrase to protect it.',
} as const;

export type SyncErrorCode = keyof typeof syncErrorMessages;

/**
 * The record a file was refused for, so the clerk is told which one, which field and why: `name` is the record
 * as the clerk knows it (record-names.ts), `field` the path to the value ("startTime", "clauses.0.text").
 */
export type RefusedRecord = { table: string; id: string; name: string; field: string; problem: string };

export class SyncError extends Error {
  readonly code: SyncErrorCode;
  /** What exactly was wrong (which entry, which record), for the details line under the message. */
  readonly detail: string;
  readonly record?: RefusedRecord;

  constructor(code: SyncErrorCode, detail = '', record?: RefusedRecord) {
    super(detail ? `${syncErrorMessages[code]} (${detail})` : syncErrorMessages[code]);
    this.name = 'SyncError';
    this.code = code;
    this.detail = detail;
    if (record) this.record = record;
  }
}

export function isSyncError(error: unknown): error is SyncError {
  return error instanceof SyncError;
}
