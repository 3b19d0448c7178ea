import { Paragraph, TabStopType, TextRun } from 'docx';
import type { ParagraphChild, Table } from 'docx';
import type { RichText, RichTextNode } from '../../domain/model';
import { numberedParagraphType } from '../../domain/minute-paragraph-numbers';
import { paragraphSpacingAfter } from './house-style';
import { bulletListReference, listHangingTwips, listIndentTwips, orderedListReference } from './numbering';
import { indentTwips } from './paragraphs';
import { numberColumnLevels } from './number-column';
import { richTextTable } from './rich-text-table';

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

type Block = Paragraph | Table;

/**
 * The editor's ProseMirror JSON (Tiptap StarterKit and its tables) as Word blocks: paragraph, heading,
 * bulletList, orderedList, listItem, blockquote, table (rich-text-table.ts), text with bold/italic/underline
 * marks, hardBreak. A table prints as a table wherever it stands: in the text, in a list item (indented under
 * the item), or in another table's cell (nested). Unknown block nodes print their text rather than disappear,
 * so nothing the clerk typed is lost on paper.
 *
 * @example richTextBlocks({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Noted.' }] }] }, ctx)
 */
export function richTextBlocks(doc: RichText, context: RichTextContext, indentLevel = 0): Block[] {
  return doc.content.flatMap((node) => blockParagraphs(node, context, indentLevel, undefined));
}

const cellBlocks = (content: RichTextNode[], context: RichTextContext): Block[] =>
  richTextBlocks({ type: 'doc', content }, context);

function blockParagraphs(
  node: RichTextNode,
  context: RichTextContext,
  indentLevel: number,
  list: ListPlace | undefined,
): Block[] {
  switch (node.type) {
    case 'table': {
      const table = richTextTable(node, context, cellBlocks, indentLevel);
      // A paragraph after every table: the space before the next words, and Word joins two tables with nothing
      // between them into one, and refuses a table cell that ends with a table.
      return table ? [table, new Paragraph({ spacing: { after: paragraphSpacingAfter } })] : [];
    }
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
    case numberedParagraphType:
      return numberedParagraphBlocks(node, context, indentLevel);
    case 'horizontalRule':
      return [];
    case 'text':
    case 'hardBreak':
      return [textParagraph(inlineRuns([node]), indentLevel, list)];
    default:
      return (node.content ?? []).flatMap((child) => blockParagraphs(child, context, indentLevel, list));
  }
}

/**
 * A minute's numbered paragraph as councils print it: the number hangs at the margin ("2.1") or under the text of
 * the paragraph it sits in ("(a)"), a tab takes the text to one column, and wrapped lines and what else the item
 * holds line up under that text. Its number and tab are in its text (minute-paragraph-numbers.ts); the paragraph
 * only sets where they stand. The text of a "2.1" stands where a minute heading's title does (2 cm), further in
 * when the minute's widest number ("0655/25.10") needs it; an "(a)" takes a 1 cm step.
 */
function numberedParagraphBlocks(node: RichTextNode, context: RichTextContext, numberLevel: number): Block[] {
  const depth = typeof node.attrs?.depth === 'number' ? node.attrs.depth : 0;
  const { widest, number } = node.attrs ?? {};
  const column = typeof widest === 'string' ? widest : typeof number === 'string' ? number : '';
  const textLevel = numberLevel + (depth === 0 ? numberColumnLevels(column) : 1);
  const [first, ...rest] = node.content ?? [];
  const numbered =
    first?.type === 'paragraph'
      ? [
          new Paragraph({
            children: inlineRuns(first.content ?? []),
            indent: { left: indentTwips(textLevel), hanging: indentTwips(textLevel - numberLevel) },
            tabStops: [{ type: TabStopType.LEFT, position: indentTwips(textLevel) }],
            spacing: { after: paragraphSpacingAfter },
          }),
        ]
      : [];
  return [
    ...numbered,
    ...rest.flatMap((child) =>
      // A lettered paragraph inside hangs its number under this one's text, as does anything else in the item.
      child.type === numberedParagraphType
        ? numberedParagraphBlocks(child, context, textLevel)
        : blockParagraphs(child, context, textLevel, undefined),
    ),
  ];
}

function listParagraphs(
  node: RichTextNode,
  context: RichTextContext,
  indentLevel: number,
  parent: ListPlace | undefined,
): Block[] {
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
      // Only the first paragraph of a list item carries the bullet; later ones, and a table, sit under its text.
      block.type === 'bulletList' || block.type === 'orderedList'
        ? listParagraphs(block, context, indentLevel, place)
        : blockParagraphs(
            block,
            context,
            index === 0 && block.type !== 'table' ? indentLevel : indentLevel + level + 1,
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
      // A list set in (under a numbered paragraph's text) moves in with it; the numbering's hanging stays.
      indent: indentLevel
        ? { left: indentTwips(indentLevel) + listIndentTwips(list.level), hanging: listHangingTwips }
        : undefined,
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
      // Only the marks the clerk set: plain text is a bare run (no bold or italic switched off one by one), the
      // same as every other plain paragraph, and four elements fewer a run for docx to write out.
      return [
        new TextRun({
          text: node.text ?? '',
          bold: base.bold || marks.has('bold') || undefined,
          italics: marks.has('italic') || undefined,
          underline: marks.has('underline') ? {} : undefined,
        }),
      ];
    }
    return inlineRuns(node.content ?? [], base);
  });
}
