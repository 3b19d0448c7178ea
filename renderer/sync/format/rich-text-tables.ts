/** The parts of a rich-text node a table's shape depends on (the sync schema's loose node). */
type Node = { type: string; content?: readonly Node[] };

const cellTypes = new Set(['tableCell', 'tableHeader']);
const tableParts = new Set(['tableRow', ...cellTypes]);

/**
 * Whether every table in a minute's text has the shape the editor makes and the documents print: a table holds
 * rows and nothing else, a row holds cells (tableCell, tableHeader) and nothing else, and neither rows nor cells
 * stand outside a table's row. The editor could not open anything else, so an import refuses it.
 *
 * @example tablesProblem([{ type: 'table', content: [{ type: 'paragraph' }] }]) // 'a table in it holds ...'
 */
export function tablesProblem(
  nodes: readonly Node[],
  inside: 'table' | 'row' | 'other' = 'other',
): string | undefined {
  for (const node of nodes) {
    if (inside === 'table' && node.type !== 'tableRow') {
      return `a table in it holds “${node.type}” where only rows belong`;
    }
    if (inside === 'row' && !cellTypes.has(node.type)) {
      return `a table row in it holds “${node.type}” where only cells belong`;
    }
    if (inside === 'other' && tableParts.has(node.type)) {
      return `it has a table ${node.type === 'tableRow' ? 'row' : 'cell'} outside any table`;
    }
    const within = node.type === 'table' ? 'table' : node.type === 'tableRow' ? 'row' : 'other';
    const problem = tablesProblem(node.content ?? [], within);
    if (problem) return problem;
  }
  return undefined;
}
