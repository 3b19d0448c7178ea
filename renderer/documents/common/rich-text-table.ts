import { BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { RichTextMark, RichTextNode } from '../../domain/model';
import type { RichTextContext } from './rich-text-paragraphs';
import { indentTwips } from './paragraphs';

/** How a cell's own content is printed: the rich-text printer, handed in so a cell can hold lists and tables. */
export type CellBlocks = (content: RichTextNode[], context: RichTextContext) => (Paragraph | Table)[];

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

/** The width between A4's 2 cm margins, in twips. */
const textWidth = 9638;

const span = (value: unknown): number => Math.max(1, Math.floor(Number(value ?? 1)) || 1);

/**
 * A table in a minute's text (the editor's table, tableRow, tableHeader and tableCell nodes, made in the editor or
 * pasted from Word) as a ruled Word table. A first row of header cells is bold and repeats at the top of each page
 * the table runs onto. Merged cells keep their spans; rows shorter than the widest are filled with empty cells, so
 * the columns line up. A cell prints whatever it holds through `cellBlocks`, a table inside it as a nested
 * table; a table inside a list item is indented under the item's text (`indentLevel`). Undefined for a table
 * with no cells.
 *
 * @example richTextTable({ type: 'table', content: [headerRow, row] }, context, cellBlocks) // Table
 */
export function richTextTable(
  node: RichTextNode,
  context: RichTextContext,
  cellBlocks: CellBlocks,
  indentLevel = 0,
): Table | undefined {
  const rows = (node.content ?? []).filter((row) => row.type === 'tableRow');
  const widths = rowWidths(rows);
  const columns = Math.max(0, ...widths);
  if (columns === 0) return undefined;
  // Inside a cell a paragraph must not keep with the next: LibreOffice would push the row to a new page.
  const inCell: RichTextContext = { ...context, keepWithNext: false };
  const indent = indentTwips(indentLevel);
  const table = new Table({
    // Narrowed by its indent so an indented table still ends at the right margin (the text is ~9,600 twips wide).
    width: { size: Math.max(50, 100 - Math.round((indent / textWidth) * 100)), type: WidthType.PERCENTAGE },
    ...(indent ? { indent: { size: indent, type: WidthType.DXA } } : {}),
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
              children: cellContent(cell, inCell, cellBlocks),
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

/**
 * A Word cell must end with a paragraph (Word refuses one that ends with a table), so an empty cell gets one
 * and a nested table is followed by one; a header cell's text is bold, as the clerk saw it.
 */
function cellContent(
  cell: RichTextNode,
  context: RichTextContext,
  cellBlocks: CellBlocks,
): (Paragraph | Table)[] {
  const content: RichTextNode[] =
    cell.type === 'tableHeader' ? (cell.content ?? []).map(emboldened) : (cell.content ?? []);
  const blocks = cellBlocks(content, context);
  return blocks.length > 0 && blocks.at(-1) instanceof Paragraph ? blocks : [...blocks, new Paragraph('')];
}

function emboldened(node: RichTextNode): RichTextNode {
  if (node.type === 'text') return { ...node, marks: [...(node.marks ?? []), bold] };
  return node.content ? { ...node, content: node.content.map(emboldened) } : node;
}
