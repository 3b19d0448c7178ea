/** A piece of a snippet: `match` pieces are the words the search found, shown marked. */
export type SnippetPart = { text: string; match: boolean };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The part of a text around the first matched word, about `width` characters, with every matched word marked.
 * Terms are the index's (lower-case) words; a word matches when it starts with a term, as prefix search does.
 *
 * @example highlight('The Board noted the report.', ['report']) // [..., { text: 'report', match: true }, ...]
 */
export function highlight(text: string, terms: readonly string[], width = 180): SnippetPart[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const words = terms.filter(Boolean).map(escapeRegExp);
  if (words.length === 0) return [{ text: flat.slice(0, width), match: false }];
  const pattern = new RegExp(`\\b(?:${words.join('|')})[\\p{L}\\p{N}'’-]*`, 'giu');
  const first = pattern.exec(flat);
  // matchAll below starts where exec left off: start it from the beginning of the window.
  pattern.lastIndex = 0;
  const start = first ? Math.max(0, first.index - Math.floor(width / 3)) : 0;
  const from = start === 0 ? 0 : flat.indexOf(' ', start) + 1;
  const end = Math.min(flat.length, from + width);
  const to = end === flat.length ? end : Math.max(flat.lastIndexOf(' ', end), from + 1);
  const window = flat.slice(from, to);
  const parts: SnippetPart[] = [];
  if (from > 0) parts.push({ text: '… ', match: false });
  let cursor = 0;
  for (const match of window.matchAll(pattern)) {
    if (match.index > cursor) parts.push({ text: window.slice(cursor, match.index), match: false });
    parts.push({ text: match[0], match: true });
    cursor = match.index + match[0].length;
  }
  if (cursor < window.length) parts.push({ text: window.slice(cursor), match: false });
  if (to < flat.length) parts.push({ text: ' …', match: false });
  return parts;
}
