import { atomFeed } from './atom-feed';
import { publishedCalendar } from './calendar-feed';
import {
  emptyManifest,
  manifestBytes,
  manifestName,
  pendingHash,
  readManifest,
  type PublicationManifest,
} from './manifest';
import { defaultPageTemplate } from './page-template';
import type { PublishedEdition } from './public-meeting';
import { buildPublishedPages, calendarName, feedName, type PublishedFile, type SiteToPublish } from './site';

/** The page template in the published folder (see page-template.ts): the web team's to adjust. */
export const pageTemplateName = 'chamber-page-template.html';

/** The folder the clerk chose, as the platform's folder access gives it (the sync folder's shape): bare names. */
export type PublishingFolder = {
  list(): Promise<string[]>;
  read(name: string): Promise<Uint8Array>;
  write(name: string, file: { parts: Uint8Array[]; size: number }): Promise<void>;
  remove(name: string): Promise<void>;
};

/** Which meetings to publish now and how much of each; the ones published before are published again as they were. */
export type PublicationRequest = Record<string, PublishedEdition>;

/** Reads every meeting to publish (public data only) from the database. */
export type LoadSite = (editions: PublicationRequest) => Promise<SiteToPublish>;

export type PublicationReport = {
  written: string[];
  unchanged: number;
  removed: string[];
  /** Files of the same name Chamber did not write: left as they are, and not published. */
  notOurs: string[];
};

/**
 * Publishes into the folder: the meetings asked for, and every meeting published there before (so "Publish
 * everything changed" is a request for none). Only files whose bytes changed are written; papers first and the
 * index last, so a page never links to a file not yet there. A file Chamber did not write is never overwritten
 * or removed. The manifest is written first with the new names as pending, so a publication cut short is
 * finished by the next one instead of taking its own files for someone else's.
 *
 * @example await publishToFolder(folder, { [meetingId]: 'agenda' }, loadSite, new Date())
 */
export async function publishToFolder(
  folder: PublishingFolder,
  request: PublicationRequest,
  loadSite: LoadSite,
  now: Date,
): Promise<PublicationReport> {
  const present = new Set(await folder.list());
  const stamp = now.toISOString();
  const previous =
    readManifest(present.has(manifestName) ? await folder.read(manifestName) : undefined) ??
    emptyManifest(stamp);
  const editions: PublicationRequest = {};
  for (const [meetingId, entry] of Object.entries(previous.meetings)) editions[meetingId] = entry.edition;
  Object.assign(editions, request);
  const template = present.has(pageTemplateName)
    ? new TextDecoder().decode(await folder.read(pageTemplateName))
    : defaultPageTemplate;
  const site = { ...(await loadSite(editions)), template };
  const { files, meetings } = buildPublishedPages(site);
  const hashes = new Map<string, string>();
  for (const file of files) hashes.set(file.name, await sha256Hex(file.bytes));

  const manifest: PublicationManifest = {
    ...emptyManifest(stamp),
    calendarStampedAt: previous.calendarStampedAt,
  };
  for (const page of meetings) {
    const before = previous.meetings[page.meetingId];
    const unchanged = before?.page === page.page && previous.files[page.page] === hashes.get(page.page);
    manifest.meetings[page.meetingId] = {
      edition: editions[page.meetingId] ?? 'agenda',
      page: page.page,
      title: page.title,
      summary: page.summary,
      updated: unchanged && before ? before.updated : stamp,
    };
  }
  const council = site.organisation.name.trim() || 'The council';
  const records = site.meetings.map((entry) => entry.data.record);
  let calendar = publishedCalendar(council, records, new Date(previous.calendarStampedAt));
  if (calendar && (await sha256Hex(calendar)) !== previous.files[calendarName]) {
    calendar = publishedCalendar(council, records, now);
    manifest.calendarStampedAt = stamp;
  }
  if (calendar) files.push({ name: calendarName, bytes: calendar });
  const feedUpdated = Object.values(manifest.meetings).reduce(
    (latest, entry) => (entry.updated > latest ? entry.updated : latest),
    '',
  );
  files.push({
    name: feedName,
    bytes: new TextEncoder().encode(
      atomFeed(council, Object.values(manifest.meetings), feedUpdated || stamp),
    ),
  });
  for (const file of files.slice(-2)) hashes.set(file.name, await sha256Hex(file.bytes));

  const report: PublicationReport = { written: [], unchanged: 0, removed: [], notOurs: [] };
  const toWrite: PublishedFile[] = [];
  for (const file of writingOrder(files)) {
    const hash = hashes.get(file.name) ?? '';
    if (present.has(file.name) && !(file.name in previous.files)) {
      report.notOurs.push(file.name);
      continue;
    }
    manifest.files[file.name] = hash;
    if (present.has(file.name) && previous.files[file.name] === hash) report.unchanged += 1;
    else toWrite.push(file);
  }
  if (toWrite.length > 0) {
    // The meetings being published go in too, so a retry asked for nothing still knows what to publish.
    const claimed = { ...previous, meetings: manifest.meetings, files: { ...previous.files } };
    for (const file of toWrite) claimed.files[file.name] = pendingHash;
    await writeWhole(folder, manifestName, manifestBytes(claimed));
  }
  if (!present.has(pageTemplateName)) {
    // Written once, for the web team to adjust; theirs from then on, so it is never in the manifest or rewritten.
    await writeWhole(folder, pageTemplateName, new TextEncoder().encode(defaultPageTemplate));
  }
  for (const file of toWrite) {
    await writeWhole(folder, file.name, file.bytes);
    report.written.push(file.name);
  }
  for (const [name, hash] of Object.entries(previous.files)) {
    if (name in manifest.files || !present.has(name)) continue;
    // A file Chamber once wrote but no longer publishes (a paper taken off the agenda) goes, unless someone has
    // changed it since: then it is theirs, and stays.
    if ((await sha256Hex(await folder.read(name))) === hash) {
      await folder.remove(name);
      report.removed.push(name);
    }
  }
  await writeWhole(folder, manifestName, manifestBytes(manifest));
  return report;
}

/** Papers, logo and stylesheet, then meeting pages, committee pages, the feeds, and the index last. */
function writingOrder(files: PublishedFile[]): PublishedFile[] {
  const rank = (name: string): number => {
    if (name === 'index.html') return 4;
    if (name === feedName || name === calendarName) return 3;
    return name.endsWith('.html') ? 2 : 1;
  };
  return [...files].sort((a, b) => rank(a.name) - rank(b.name));
}

async function writeWhole(folder: PublishingFolder, name: string, bytes: Uint8Array): Promise<void> {
  await folder.write(name, { parts: [bytes], size: bytes.length });
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
