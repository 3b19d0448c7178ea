import type { RichText, RichTextNode } from '../../domain/model';

/** Shorthand for writing sample minutes in the editor's JSON shape. "**word**" makes a bold run. */
export function doc(...content: RichTextNode[]): RichText {
  return { type: 'doc', content };
}

export function paragraph(text: string): RichTextNode {
  return { type: 'paragraph', content: inline(text) };
}

export function heading(text: string): RichTextNode {
  return { type: 'heading', attrs: { level: 3 }, content: inline(text) };
}

export function bullets(...items: string[]): RichTextNode {
  return {
    type: 'bulletList',
    content: items.map((text) => ({ type: 'listItem', content: [paragraph(text)] })),
  };
}

export function numbered(...items: string[]): RichTextNode {
  return {
    type: 'orderedList',
    attrs: { start: 1 },
    content: items.map((text) => ({ type: 'listItem', content: [paragraph(text)] })),
  };
}

function inline(text: string): RichTextNode[] {
  return text
    .split(/(\*\*[^*]+\*\*|_[^_]+_)/)
    .filter((part) => part.length > 0)
    .map((part) => {
      if (part.startsWith('**')) return { type: 'text', text: part.slice(2, -2), marks: [{ type: 'bold' }] };
      if (part.startsWith('_') && part.endsWith('_') && part.length > 2) {
        return { type: 'text', text: part.slice(1, -1), marks: [{ type: 'italic' }] };
      }
      return { type: 'text', text: part };
    });
}
