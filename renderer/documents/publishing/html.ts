import type { RichText, RichTextNode } from '../../domain/model';
import { tableHtml } from './minute-table-html';

/** Text made safe to place in HTML, in an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const blockTags: Record<string, string> = {
  paragraph: 'p',
  bulletList: 'ul',
  orderedList: 'ol',
  listItem: 'li',
  blockquote: 'blockquote',
};

const markTags = { bold: 'strong', italic: 'em', underline: 'u' } as const;

/**
 * A minute's rich text (the editor's ProseMirror JSON) as HTML. Only the node kinds the editor makes are known;
 * anything else keeps its text in a paragraph, so no words are lost and no unknown markup is ever written.
 * Headings in a minute become h5, below the item (h3) and its "Minutes" (h4), so the page's outline stays in order.
 */
export function richTextHtml(doc: RichText): string {
  return doc.content.map(nodeHtml).join('');
}

function nodeHtml(node: RichTextNode): string {
  if (node.type === 'text') return markedText(node);
  if (node.type === 'hardBreak') return '<br>';
  if (node.type === 'table') return tableHtml(node, nodeHtml);
  const inner = (node.content ?? []).map(nodeHtml).join('');
  if (node.type === 'heading') return `<h5>${inner}</h5>`;
  const tag = blockTags[node.type] ?? 'p';
  if (tag === 'p' && inner.trim() === '') return '';
  return `<${tag}>${inner}</${tag}>`;
}

function markedText(node: RichTextNode): string {
  let html = escapeHtml(node.text ?? '');
  for (const mark of node.marks ?? []) {
    const tag = markTags[mark.type];
    if (tag) html = `<${tag}>${html}</${tag}>`;
  }
  return html;
}
