import type {
  ChooseSaveFileRequest,
  FileFilter,
  OpenFileRequest,
  OpenWithSystemRequest,
  SaveFileRequest,
} from '../../shared/bridge';

/**
 * Main trusts nothing the renderer sends: every IPC argument is checked here before it touches the disk.
 * A failed check throws, so the renderer's promise rejects with a message saying what was wrong.
 */

/**
 * Reports and papers are tens of megabytes at most; anything bigger is a mistake or an attack. Only .chamber
 * files go beyond it, in pieces (folder-chunks.ts), because a whole archive outgrows one IPC message.
 */
export const maxFileBytes = 256 * 1024 * 1024;
export const maxLogMessageLength = 10_000;
const maxNameLength = 200;
const maxFilters = 20;

export class InvalidArgument extends Error {
  override name = 'InvalidArgument';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkBytes(value: unknown, what: string): Uint8Array {
  if (!(value instanceof Uint8Array))
    throw new InvalidArgument(`${what} must be the file's bytes (a Uint8Array).`);
  if (value.byteLength > maxFileBytes) {
    throw new InvalidArgument(`${what} is ${value.byteLength} bytes; the limit is ${maxFileBytes} bytes.`);
  }
  return value;
}

/** A bare file name: no folders, nothing Windows forbids, so it can never write outside the chosen place. */
export function checkFileName(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new InvalidArgument(`${what} must be a file name.`);
  if (value.length > maxNameLength)
    throw new InvalidArgument(`${what} is longer than ${maxNameLength} characters.`);
  // eslint-disable-next-line no-control-regex
  if (/[/\\:*?"<>|\u0000-\u001f]/.test(value)) {
    throw new InvalidArgument(
      `${what} "${value}" contains a folder separator or a character files cannot have.`,
    );
  }
  if (value === '.' || value === '..') throw new InvalidArgument(`${what} "${value}" is not a file name.`);
  return value;
}

function checkFilter(value: unknown): FileFilter {
  if (!isRecord(value) || typeof value.name !== 'string' || value.name.length > maxNameLength) {
    throw new InvalidArgument('Each file filter needs a name.');
  }
  const { extensions } = value;
  if (!Array.isArray(extensions) || extensions.length === 0 || extensions.length > maxFilters) {
    throw new InvalidArgument(
      `The file filter "${value.name}" needs between 1 and ${maxFilters} extensions.`,
    );
  }
  for (const extension of extensions) {
    if (typeof extension !== 'string' || !/^(\*|[A-Za-z0-9]{1,10})$/.test(extension)) {
      throw new InvalidArgument(
        `"${String(extension)}" is not a file extension (letters and digits, no dot).`,
      );
    }
  }
  return { name: value.name, extensions: extensions as string[] };
}

export function checkFilters(value: unknown): FileFilter[] {
  if (!Array.isArray(value) || value.length > maxFilters) {
    throw new InvalidArgument(`File filters must be a list of at most ${maxFilters}.`);
  }
  return value.map(checkFilter);
}

export function checkSaveFileRequest(value: unknown): SaveFileRequest {
  if (!isRecord(value)) throw new InvalidArgument('Saving needs a file name, the bytes and the file types.');
  return {
    suggestedName: checkFileName(value.suggestedName, 'The suggested file name'),
    bytes: checkBytes(value.bytes, 'The file to save'),
    filters: checkFilters(value.filters),
  };
}

/** A save dialog for a file the page then writes in pieces: the name and file types, no bytes. */
export function checkChooseSaveFileRequest(value: unknown): ChooseSaveFileRequest {
  if (!isRecord(value)) throw new InvalidArgument('Saving needs a file name and the file types.');
  return {
    suggestedName: checkFileName(value.suggestedName, 'The suggested file name'),
    filters: checkFilters(value.filters),
  };
}

export function checkOpenFileRequest(value: unknown): OpenFileRequest {
  if (!isRecord(value)) throw new InvalidArgument('Opening files needs the file types to offer.');
  if (value.multiple !== undefined && typeof value.multiple !== 'boolean') {
    throw new InvalidArgument('"multiple" must be true or false.');
  }
  return { filters: checkFilters(value.filters), multiple: value.multiple === true };
}

/** Only documents go to the system's default program: never anything it would run. */
export const openableExtensions = ['docx', 'doc', 'odt', 'rtf', 'pdf', 'xlsx', 'csv', 'ics', 'txt'] as const;

export function checkOpenWithSystemRequest(value: unknown): OpenWithSystemRequest {
  if (!isRecord(value)) throw new InvalidArgument('Opening a document needs its name and bytes.');
  const name = checkFileName(value.name, 'The document name');
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  if (name.indexOf('.') < 1 || !(openableExtensions as readonly string[]).includes(extension)) {
    throw new InvalidArgument(
      `"${name}" is not a document Chamber opens for you; it opens ${openableExtensions.join(', ')} files.`,
    );
  }
  return { name, bytes: checkBytes(value.bytes, 'The document') };
}

export function checkLogMessage(value: unknown): string {
  if (typeof value !== 'string') throw new InvalidArgument('An error log line must be text.');
  return value.length > maxLogMessageLength ? `${value.slice(0, maxLogMessageLength)}… (cut)` : value;
}

export function checkLocation(value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new InvalidArgument('A file location must be a path.');
  return value;
}
