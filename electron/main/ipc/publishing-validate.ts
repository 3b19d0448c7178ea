import { extname } from 'node:path';
import type { PublishedFileRequest, PublishedFileWrite } from '../../shared/bridge';
import { checkBytes, checkFileName, checkLocation, InvalidArgument } from './validate';

/**
 * Arguments of the publishing folder's operations, checked before anything touches the disk. Only files a website
 * serves are written, under a bare name (no folder, no leading dot), so nothing lands outside the folder the clerk
 * chose and nothing there that could run (a script, a shortcut) is ever made.
 */
export const publishedExtensions = [
  '.html',
  '.css',
  '.pdf',
  '.docx',
  '.ics',
  '.atom',
  '.json',
  '.png',
  '.jpg',
  '.svg',
  '.gif',
] as const;

function checkPublishedName(value: unknown): string {
  const name = checkFileName(value, 'The published file name');
  const extension = extname(name).toLowerCase();
  if (name.startsWith('.') || !(publishedExtensions as readonly string[]).includes(extension)) {
    throw new InvalidArgument(
      `"${name}" is not a file Chamber publishes: it writes ${publishedExtensions.join(', ')} files only.`,
    );
  }
  return name;
}

export function checkPublishedFile(value: unknown): PublishedFileRequest {
  if (typeof value !== 'object' || value === null) {
    throw new InvalidArgument('A published file needs the folder and the file name.');
  }
  const { location, name } = value as Record<string, unknown>;
  return { location: checkLocation(location), name: checkPublishedName(name) };
}

export function checkPublishedWrite(value: unknown): PublishedFileWrite {
  const file = checkPublishedFile(value);
  return { ...file, bytes: checkBytes((value as Record<string, unknown>).bytes, 'The file to publish') };
}
