import { escapeHtml } from './html';
import { slugOf } from './paper-files';

/** One thing published: a meeting's page, with when it was last changed. */
export type FeedEntry = { page: string; title: string; summary: string; updated: string };

/**
 * An Atom feed (RFC 4287) of what was published, the latest first: one entry per meeting page, updated when the
 * page last changed, so a feed reader shows a republished agenda or new minutes once. Links are relative to the
 * feed (xml:base is the folder the feed sits in), because Chamber never knows the web address the folder goes to.
 */
export function atomFeed(council: string, entries: readonly FeedEntry[], updated: string): string {
  const sorted = [...entries].sort(
    (a, b) => b.updated.localeCompare(a.updated) || a.page.localeCompare(b.page),
  );
  const items = sorted.map(
    (entry) => `  <entry>
    <title>${escapeHtml(entry.title)}</title>
    <id>urn:chamber:published:${escapeHtml(entry.page)}</id>
    <link rel="alternate" type="text/html" href="${escapeHtml(entry.page)}"/>
    <updated>${escapeHtml(entry.updated)}</updated>
    <summary>${escapeHtml(entry.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <title>${escapeHtml(`${council}: agendas and minutes`)}</title>
  <id>urn:chamber:published:${slugOf(council)}</id>
  <link rel="alternate" type="text/html" href="index.html"/>
  <updated>${escapeHtml(updated)}</updated>
  <author><name>${escapeHtml(council)}</name></author>
${items.join('\n')}
</feed>
`;
}
