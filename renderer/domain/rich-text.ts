import type { RichText, RichTextNode } from './model';

/** An empty minute. */
export function emptyRichText(): RichText {
  return { type: 'doc', content: [] };
}

/** Plain text to rich text: each line becomes a paragraph (blank lines are dropped). */
export function richTextFromPlain(text: string): RichText {
  const paragraphs = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return {
    type: 'doc',
    content: paragraphs.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
  };
}

/**
 * All the words of a rich text, paragraphs and list items on their own lines, and each row of a table on one line
 * with its cells between bars ("Cllr Hall | 45 | Director"): for search, previews and combining conflicting text.
 */
export function richTextToPlain(doc: RichText): string {
  const lines: string[] = [];
  const visit = (node: RichTextNode): void => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      lines.push(inlineText(node));
      return;
    }
    if (node.type === 'tableRow') {
      lines.push(tableRowText(node));
      return;
    }
    for (const child of node.content ?? []) visit(child);
  };
  for (const node of doc.content) visit(node);
  return lines.join('\n');
}

/** Separates the cells of a table row in plain text. */
export const cellSeparator = ' | ';

/** A table row as one line: each cell's words (its own lines joined by spaces), cells between bars. */
export function tableRowText(row: RichTextNode): string {
  return (row.content ?? [])
    .map((cell) => richTextToPlain({ type: 'doc', content: cell.content ?? [] }).replace(/\n/g, ' '))
    .join(cellSeparator);
}

export function inlineText(node: RichTextNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(inlineText).join('');
}

export function isEmptyRichText(doc: RichText): boolean {
  return richTextToPlain(doc).trim().length === 0;
}
