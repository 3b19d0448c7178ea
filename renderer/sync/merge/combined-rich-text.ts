import type { RichText, RichTextNode } from '../../domain/model';
import { cellSeparator, richTextFromPlain, richTextToPlain, tableRowText } from '../../domain/rich-text';

/**
 * The minute a clerk combined from two conflicting versions, as rich text again. The clerk edits both versions
 * as plain lines (a table's rows as "Cllr Hall | 45 | Director"); read back line by line, a table would come
 * back as lines of bars and its printed minute would lose the table. So:
 * - a run of lines that is exactly one of the versions' blocks (a paragraph, a list, a table) is that block
 *   again, with its marks, list and table as they were;
 * - a run of barred lines that the clerk changed (a row added, a cell corrected), where one of its lines is a row
 *   of a table in either version, is a table again: its first row a header row where that table's was;
 * - any other line is a paragraph, as before (a line of the clerk's own with a bar in it stays words).
 *
 * @example combinedRichText('Noted.\nName | Minute', [mine, theirs]) // { type: 'doc', content: [paragraph, table] }
 */
export function combinedRichText(text: string, versions: readonly RichText[]): RichText {
  const lines = linesOf(text);
  const blocks = versions
    .flatMap((version) => version.content)
    .map((node) => ({ node, lines: plainLines(node) }));
  const rows = new Map<string, { header: boolean }>();
  for (const { node } of blocks) if (node.type === 'table') tableRows(node, rows);
  const content: RichTextNode[] = [];
  let at = 0;
  while (at < lines.length) {
    // Barred lines first, so a row the clerk added under a table they otherwise left alone joins that table.
    const run = barredRun(lines, at);
    if (run.length > 0 && run.some((line) => rows.has(line))) {
      const same = blocks.find(
        (block) => block.node.type === 'table' && block.lines.join('\n') === run.join('\n'),
      );
      content.push(same ? same.node : tableOf(run, rows.get(run[0] ?? '')?.header ?? false));
      at += run.length;
      continue;
    }
    const whole = longestBlockAt(lines, at, blocks);
    if (whole) {
      content.push(whole.node);
      at += whole.lines.length;
      continue;
    }
    content.push(...richTextFromPlain(lines[at] ?? '').content);
    at += 1;
  }
  return { type: 'doc', content };
}

function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

function plainLines(node: RichTextNode): string[] {
  return linesOf(richTextToPlain({ type: 'doc', content: [node] }));
}

/** The version's block whose lines come next, the longest where several do (a list before its first item). */
function longestBlockAt(
  lines: readonly string[],
  at: number,
  blocks: readonly { node: RichTextNode; lines: string[] }[],
): { node: RichTextNode; lines: string[] } | undefined {
  let best: { node: RichTextNode; lines: string[] } | undefined;
  for (const block of blocks) {
    if (block.lines.length === 0 || (best && block.lines.length <= best.lines.length)) continue;
    if (block.lines.every((line, index) => lines[at + index] === line)) best = block;
  }
  return best;
}

/** Every row's text in a version's table (tables nested in cells too), and whether it is the header row. */
function tableRows(table: RichTextNode, rows: Map<string, { header: boolean }>): void {
  (table.content ?? []).forEach((row, index) => {
    const header = index === 0 && (row.content ?? []).every((cell) => cell.type === 'tableHeader');
    rows.set(tableRowText(row).trim(), { header });
  });
}

function barredRun(lines: readonly string[], at: number): string[] {
  const run: string[] = [];
  for (
    let index = at;
    index < lines.length && (lines[index] ?? '').includes(cellSeparator.trim());
    index += 1
  )
    run.push(lines[index] ?? '');
  return run;
}

function tableOf(run: readonly string[], headed: boolean): RichTextNode {
  return {
    type: 'table',
    content: run.map((line, index) => ({
      type: 'tableRow',
      content: line.split(cellSeparator.trim()).map((cell) => ({
        type: headed && index === 0 ? 'tableHeader' : 'tableCell',
        content: [
          cell.trim()
            ? { type: 'paragraph', content: [{ type: 'text', text: cell.trim() }] }
            : { type: 'paragraph' },
        ],
      })),
    })),
  };
}
