import type { PublishedManifestName } from '../../../electron/shared/bridge';
import type { PublishedEdition } from './public-meeting';

/**
 * The file in the published folder where Chamber keeps what it wrote there; the web team need not upload it. The
 * desktop app's main process reads it too, to let Chamber replace or remove only its own files.
 */
export const manifestName: PublishedManifestName = 'chamber-published.json';

/** A meeting as published: how much of it, where, and when its page last changed (for the Atom feed). */
export type PublishedMeetingEntry = {
  edition: PublishedEdition;
  page: string;
  title: string;
  summary: string;
  updated: string;
};

/**
 * What Chamber wrote into the folder: each file's SHA-256 ("pending" while a publication is writing it), which
 * meetings are published and how, and the calendar's stamp. Publishing rewrites only files whose bytes differ from
 * what the manifest says, and removes or overwrites only files the manifest names.
 */
export type PublicationManifest = {
  format: 'chamber-published';
  formatVersion: 1;
  publishedAt: string;
  calendarStampedAt: string;
  files: Record<string, string>;
  meetings: Record<string, PublishedMeetingEntry>;
};

export const pendingHash = 'pending';

export function emptyManifest(now: string): PublicationManifest {
  return {
    format: 'chamber-published',
    formatVersion: 1,
    publishedAt: now,
    calendarStampedAt: now,
    files: {},
    meetings: {},
  };
}

/**
 * The manifest read from the folder, or undefined when there is none. One that is not Chamber's (damaged, or
 * another program's file of that name) is refused: publishing over it could overwrite files Chamber never wrote.
 */
export function readManifest(bytes: Uint8Array | undefined): PublicationManifest | undefined {
  if (!bytes) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    parsed = undefined;
  }
  if (!isManifest(parsed)) {
    throw new Error(
      `The folder's ${manifestName} is not one Chamber can read, so Chamber cannot tell which files it wrote there. Choose an empty folder, or the folder Chamber published to before.`,
    );
  }
  return parsed;
}

function isManifest(value: unknown): value is PublicationManifest {
  if (typeof value !== 'object' || value === null) return false;
  const manifest = value as Partial<PublicationManifest>;
  return (
    manifest.format === 'chamber-published' &&
    manifest.formatVersion === 1 &&
    typeof manifest.publishedAt === 'string' &&
    typeof manifest.calendarStampedAt === 'string' &&
    typeof manifest.files === 'object' &&
    manifest.files !== null &&
    Object.values(manifest.files).every((hash) => typeof hash === 'string') &&
    typeof manifest.meetings === 'object' &&
    manifest.meetings !== null
  );
}

export function manifestBytes(manifest: PublicationManifest): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
}
