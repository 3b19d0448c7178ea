/**
 * An HTML page's text as a reader meets it, a line for each paragraph, list entry, term, table cell or heading,
 * entities decoded: to compare a published page line by line with the Word minutes' paragraphs.
 */
export function htmlLines(html: string): string[] {
  return html
    .replace(/<(p|dt|dd|td|th|li|h\d)(\s[^>]*)?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
