import { Paragraph, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { RichText, RichTextNode } from '../../domain/model';
import { paragraphSpacingAfter } from './house-style';
import { bulletListReference, orderedListReference } from './numbering';
import { indentTwips } from './paragraphs';

/**
 * Counts the numbered lists written so far in one document: each gets its own numbering instance, so every list
 * a clerk types restarts at 1. One context per build keeps builders pure (no module-level counters).
 */
export type RichTextContext = {
  nextListInstance: number;
  /**
   * Keep headings with the text after them. Off inside table cells: LibreOffice moves a whole table row to the next
   * page when a paragraph in it keeps with the next, leaving a blank page.
   */
  keepWithNext: boolean;
};

export function newRichTextContext(keepWithNext = true): RichTextContext {
  return { nextListInstance: 1, keepWithNext };
}

type ListPlace = { reference: string; level: number; instance: number };

/**
 * The editor's ProseMirror JSON (Tiptap StarterKit) as Word paragraphs: paragraph, heading, bulletList,
 * orderedList, listItem, blockquote, text with bold/italic/underline marks, hardBreak. Unknown block nodes
 * print their text rather than disappear, so nothing the clerk typed is lost on paper.
 *
 * @example richTextParagraphs({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Noted.' }] }] }, ctx)
 */
export function richTextParagraphs(doc: RichText, context: RichTextContext, indentLevel = 0): Paragraph[] {
  return doc.content.flatMap((node) => blockParagraphs(node, context, indentLevel, undefined));
}

function blockParagraphs(
  node: RichTextNode,
  context: RichTextContext,
  indentLevel: number,
  list: ListPlace | undefined,
): Paragraph[] {
  switch (node.type) {
    case 'paragraph':
      return [textParagraph(inlineRuns(node.content ?? []), indentLevel, list)];
    case 'heading':
      return [
        new Paragraph({
          children: inlineRuns(node.content ?? [], { bold: true }),
          keepNext: context.keepWithNext,
          spacing: { before: 120, after: paragraphSpacingAfter },
          indent: indentLevel ? { left: indentTwips(indentLevel) } : undefined,
        }),
      ];
    case 'bulletList':
    case 'orderedList':
      return listParagraphs(node, context, indentLevel, list);
    case 'blockquote':
      return (node.content ?? []).flatMap((child) =>
        blockParagraphs(child, context, indentLevel + 1, undefined),
      );
    case 'horizontalRule':
      return [];
    case 'text':
    case 'hardBreak':
      return [textParagraph(inlineRuns([node]), indentLevel, list)];
    default:
      return (node.content ?? []).flatMap((child) => blockParagraphs(child, context, indentLevel, list));
  }
}

function listParagraphs(
  node: RichTextNode,
  context: RichTextContext,
  indentLevel: number,
  parent: ListPlace | undefined,
): Paragraph[] {
  const ordered = node.type === 'orderedList';
  const level = parent ? Math.min(parent.level + 1, 3) : 0;
  // A nested numbered list shares its parent's instance: Word restarts the inner level under each parent item.
  const sharesParent = ordered && parent?.reference === orderedListReference;
  const place: ListPlace = {
    reference: ordered ? orderedListReference : bulletListReference,
    level,
    instance: !ordered ? 0 : sharesParent && parent ? parent.instance : context.nextListInstance++,
  };
  return (node.content ?? []).flatMap((item) => {
    const blocks = item.type === 'listItem' ? (item.content ?? []) : [item];
    return blocks.flatMap((block, index) =>
      // Only the first paragraph of a list item carries the bullet; later ones sit under its text.
      block.type === 'bulletList' || block.type === 'orderedList'
        ? listParagraphs(block, context, indentLevel, place)
        : blockParagraphs(
            block,
            context,
            index === 0 ? indentLevel : indentLevel + level + 1,
            index === 0 ? place : undefined,
          ),
    );
  });
}

function textParagraph(
  children: ParagraphChild[],
  indentLevel: number,
  list: ListPlace | undefined,
): Paragraph {
  if (list) {
    return new Paragraph({
      children,
      numbering: { reference: list.reference, level: list.level, instance: list.instance },
      spacing: { after: 60 },
    });
  }
  return new Paragraph({
    children,
    spacing: { after: paragraphSpacingAfter },
    indent: indentLevel ? { left: indentTwips(indentLevel) } : undefined,
  });
}

function inlineRuns(nodes: RichTextNode[], base: { bold?: boolean } = {}): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    if (node.type === 'hardBreak') return [new TextRun({ text: '', break: 1 })];
    if (node.type === 'text') {
      const marks = new Set((node.marks ?? []).map((mark) => mark.type));
      return [
        new TextRun({
          text: node.text ?? '',
          bold: base.bold || marks.has('bold'),
          italics: marks.has('italic'),
          underline: marks.has('underline') ? {} : undefined,
        }),
      ];
    }
    return inlineRuns(node.content ?? [], base);
  });
}
