import { BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { RichTextMark, RichTextNode } from '../../domain/model';
import { richTextParagraphs } from '../common/rich-text-paragraphs';
import type { RichTextContext } from '../common/rich-text-paragraphs';

const rule = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
/** Ruled all round and between every cell, as a declarations table or a table of figures is printed. */
const ruled = {
  top: rule,
  bottom: rule,
  left: rule,
  right: rule,
  insideHorizontal: rule,
  insideVertical: rule,
};

const span = (value: unknown): number => Math.max(1, Math.floor(Number(value ?? 1)) || 1);

/**
 * A table in a minute's text (the editor's table, tableRow, tableHeader and tableCell nodes, made in the editor or
 * pasted from Word) as a ruled Word table. A first row of header cells is bold and repeats at the top of each page
 * the table runs onto. Merged cells keep their spans; rows shorter than the widest are filled with empty cells, so
 * the columns line up. Undefined for a table with no cells.
 *
 * @example minuteTable({ type: 'table', content: [headerRow, row] }, context) // Table
 */
export function minuteTable(node: RichTextNode, context: RichTextContext): Table | undefined {
  const rows = (node.content ?? []).filter((row) => row.type === 'tableRow');
  const widths = rowWidths(rows);
  const columns = Math.max(0, ...widths);
  if (columns === 0) return undefined;
  // Inside a cell a paragraph must not keep with the next: LibreOffice would push the row to a new page.
  const inCell: RichTextContext = { ...context, keepWithNext: false };
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: ruled,
    rows: rows.map((row, index) => {
      const cells = row.content ?? [];
      const missing = columns - (widths[index] ?? 0);
      const filled = [
        ...cells,
        ...Array.from({ length: missing }, (): RichTextNode => ({ type: 'tableCell' })),
      ];
      return new TableRow({
        tableHeader: index === 0 && cells.length > 0 && cells.every((cell) => cell.type === 'tableHeader'),
        children: filled.map(
          (cell) =>
            new TableCell({
              margins: { top: 60, bottom: 60, left: 100, right: 100 },
              columnSpan: span(cell.attrs?.colspan),
              rowSpan: span(cell.attrs?.rowspan),
              children: cellParagraphs(cell, inCell),
            }),
        ),
      });
    }),
  });
  context.nextListInstance = inCell.nextListInstance;
  return table;
}

/**
 * How many columns each row fills: its own cells' spans plus the places taken by cells merged down from the rows
 * above (ProseMirror leaves those out of the lower rows, as HTML does; Word needs them, and docx adds them).
 */
export function rowWidths(rows: readonly RichTextNode[]): number[] {
  // For each column, how many more rows a cell merged down from above still covers.
  const covered: number[] = [];
  return rows.map((row) => {
    let column = 0;
    const placed: number[] = [];
    for (const cell of row.content ?? []) {
      while ((covered[column] ?? 0) > 0) column += 1;
      const columnSpan = span(cell.attrs?.colspan);
      const rowSpan = span(cell.attrs?.rowspan);
      for (let offset = 0; offset < columnSpan; offset += 1) placed[column + offset] = rowSpan;
      column += columnSpan;
    }
    const width = Math.max(column, covered.length);
    let used = 0;
    for (let at = 0; at < width; at += 1) if ((covered[at] ?? 0) > 0 || (placed[at] ?? 0) > 0) used = at + 1;
    for (let at = 0; at < Math.max(covered.length, placed.length); at += 1) {
      covered[at] = Math.max((covered[at] ?? 0) - 1, 0, (placed[at] ?? 0) - 1);
    }
    return used;
  });
}

const bold: RichTextMark = { type: 'bold' };

/** A Word cell needs at least one paragraph; a header cell's text is bold, as the clerk saw it. */
function cellParagraphs(cell: RichTextNode, context: RichTextContext): Paragraph[] {
  const content: RichTextNode[] =
    cell.type === 'tableHeader' ? (cell.content ?? []).map(emboldened) : (cell.content ?? []);
  const paragraphs = richTextParagraphs({ type: 'doc', content }, context);
  return paragraphs.length > 0 ? paragraphs : [new Paragraph('')];
}

function emboldened(node: RichTextNode): RichTextNode {
  if (node.type === 'text') return { ...node, marks: [...(node.marks ?? []), bold] };
  return node.content ? { ...node, content: node.content.map(emboldened) } : node;
}
