import type { Paragraph, Table } from 'docx';
import type { RichText } from '../../domain/model';
import { richTextBlocks } from '../common/rich-text-paragraphs';
import type { RichTextContext } from '../common/rich-text-paragraphs';

/**
 * A minute's text as Word blocks, with its tables (a table pasted from Word, or made in the editor: ProseMirror's
 * table, tableRow, tableHeader and tableCell nodes) printed as Word tables rather than run together into one
 * line, wherever they stand: in the text, in a list item, or nested in another table's cell.
 *
 * @example minuteTextBlocks({ type: 'doc', content: [tableNode] }, context) // [Table, Paragraph]
 */
export function minuteTextBlocks(text: RichText, context: RichTextContext): (Paragraph | Table)[] {
  return richTextBlocks(text, context);
}
