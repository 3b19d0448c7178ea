import { Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { RichText, RichTextMark, RichTextNode } from '../../domain/model';
import { richTextParagraphs } from '../common/rich-text-paragraphs';
import type { RichTextContext } from '../common/rich-text-paragraphs';

/**
 * A minute's text as Word blocks, with its tables (a table pasted from Word, or made in the editor: ProseMirror's
 * table, tableRow, tableHeader and tableCell nodes) printed as Word tables rather than run together into one
 * line. Everything else goes through the shared rich-text printer unchanged.
 *
 * @example minuteTextBlocks({ type: 'doc', content: [tableNode] }, context) // [Table]
 */
export function minuteTextBlocks(text: RichText, context: RichTextContext): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [];
  let run: RichTextNode[] = [];
  const flush = () => {
    if (run.length > 0) blocks.push(...richTextParagraphs({ type: 'doc', content: run }, context));
    run = [];
  };
  for (const node of text.content) {
    if (node.type !== 'table') {
      run.push(node);
      continue;
    }
    flush();
    const table = wordTable(node, context);
    if (table) blocks.push(table);
  }
  flush();
  return blocks;
}

function wordTable(node: RichTextNode, context: RichTextContext): Table | undefined {
  const rows = (node.content ?? []).filter((row) => row.type === 'tableRow');
  const columns = Math.max(0, ...rows.map((row) => (row.content ?? []).length));
  if (columns === 0) return undefined;
  // Inside a cell a paragraph must not keep with the next: LibreOffice would push the row to a new page.
  const inCell: RichTextContext = { ...context, keepWithNext: false };
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, index) =>
        new TableRow({
          tableHeader: index === 0 && (row.content ?? []).every((cell) => cell.type === 'tableHeader'),
          children: padded(row.content ?? [], columns).map(
            (cell) =>
              new TableCell({
                margins: { top: 60, bottom: 60, left: 100, right: 100 },
                columnSpan: Number(cell.attrs?.colspan ?? 1) || 1,
                children: cellParagraphs(cell, inCell),
              }),
          ),
        }),
    ),
  });
  context.nextListInstance = inCell.nextListInstance;
  return table;
}

function padded(cells: RichTextNode[], columns: number): RichTextNode[] {
  const spanned = cells.reduce((sum, cell) => sum + (Number(cell.attrs?.colspan ?? 1) || 1), 0);
  return [...cells, ...Array.from({ length: Math.max(0, columns - spanned) }, () => ({ type: 'tableCell' }))];
}

const bold: RichTextMark = { type: 'bold' };

/** A Word cell needs at least one paragraph; a header cell's text is bold, as the clerk saw it. */
function cellParagraphs(cell: RichTextNode, context: RichTextContext): Paragraph[] {
  const content: RichTextNode[] =
    cell.type === 'tableHeader'
      ? (cell.content ?? []).map((block) => ({
          ...block,
          content: (block.content ?? []).map((inline) => ({
            ...inline,
            marks: [...(inline.marks ?? []), bold],
          })),
        }))
      : (cell.content ?? []);
  const paragraphs = richTextParagraphs({ type: 'doc', content }, context);
  return paragraphs.length > 0 ? paragraphs : [new Paragraph('')];
}
