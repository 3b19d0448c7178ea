import type { RichTextNode } from '../../domain/model';

/**
 * A table in a minute's text as an HTML table a screen reader can walk: a first row of header cells goes in
 * <thead> with <th scope="col">; a header cell further down (the first column of a table of names) is
 * <th scope="row">. Merged cells keep their spans. The cells' own content is written by the caller's `blockHtml`,
 * so a table prints its paragraphs, lists and marks exactly as the rest of the minute does.
 *
 * @example tableHtml(tableNode, nodeHtml) // '<table><thead><tr><th scope="col">Name</th>...'
 */
export function tableHtml(table: RichTextNode, blockHtml: (node: RichTextNode) => string): string {
  const rows = (table.content ?? []).filter((row) => row.type === 'tableRow');
  if (rows.every((row) => (row.content ?? []).length === 0)) return '';
  const [first, ...rest] = rows;
  const headed = first !== undefined && isHeaderRow(first);
  const body = headed ? rest : rows;
  const head = headed ? `<thead>${rowHtml(first, 'col', blockHtml)}</thead>` : '';
  return `<table>${head}<tbody>${body.map((row) => rowHtml(row, 'row', blockHtml)).join('')}</tbody></table>`;
}

function isHeaderRow(row: RichTextNode): boolean {
  const cells = row.content ?? [];
  return cells.length > 0 && cells.every((cell) => cell.type === 'tableHeader');
}

function rowHtml(row: RichTextNode, scope: 'col' | 'row', blockHtml: (node: RichTextNode) => string): string {
  const cells = (row.content ?? []).map((cell) => {
    const tag = cell.type === 'tableHeader' ? 'th' : 'td';
    const attributes = [
      tag === 'th' ? ` scope="${scope}"` : '',
      spanAttribute('colspan', cell.attrs?.colspan),
      spanAttribute('rowspan', cell.attrs?.rowspan),
    ].join('');
    return `<${tag}${attributes}>${(cell.content ?? []).map(blockHtml).join('')}</${tag}>`;
  });
  return `<tr>${cells.join('')}</tr>`;
}

/** Only a whole number above 1 is written: anything else in a stored attribute never reaches the page. */
function spanAttribute(name: string, value: unknown): string {
  const count = Math.floor(Number(value));
  return Number.isFinite(count) && count > 1 ? ` ${name}="${Math.min(count, 1000)}"` : '';
}
