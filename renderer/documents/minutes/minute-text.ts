import { Paragraph, type Table } from 'docx';
import type { RichText, RichTextNode } from '../../domain/model';
import { paragraphSpacingAfter } from '../common/house-style';
import { richTextParagraphs } from '../common/rich-text-paragraphs';
import type { RichTextContext } from '../common/rich-text-paragraphs';
import { minuteTable } from './minute-table-docx';

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
    const table = minuteTable(node, context);
    // A paragraph after every table: the space before the next words, and Word joins two tables with nothing
    // between them into one, and refuses a table cell (the ACTION column's) that ends with a table.
    if (table) blocks.push(table, new Paragraph({ spacing: { after: paragraphSpacingAfter } }));
  }
  flush();
  return blocks;
}
