import { proceedingBlocks, type ProceedingLine } from '../../domain/proceeding-wording';
import type { AttendanceWording } from '../minutes/attendance-wording';
import type { DeclarationsWording } from '../minutes/declaration-wording';
import { escapeHtml } from './html';

/**
 * The published minutes' attendance, declarations and running order, laid out from the same words the Word
 * minutes print (minutes/attendance-wording.ts, minutes/declaration-wording.ts, minutes/proceeding-lines.ts), so
 * the web page and its printable PDF say exactly what the signed minutes say, in the house's style.
 */

/**
 * "Present:" then each name on its own line, or "(1) Present:" then a table of name, position and organisation.
 * The numbered form's tables have no heading row, as on paper: they lay names out in columns, so they are
 * marked as layout for screen readers, which read each row as a line.
 */
export function attendanceHtml(wording: AttendanceWording | undefined): string {
  if (!wording || wording.groups.length === 0) return '';
  if (wording.form === 'lists') {
    const groups = wording.groups.map(
      ({ label, names }) =>
        `<dt>${escapeHtml(label)}</dt>${names.map((name) => `<dd>${escapeHtml(name)}</dd>`).join('')}`,
    );
    return `<h2>Attendance</h2><dl class="attendance">${groups.join('')}</dl>`;
  }
  const groups = wording.groups.map(({ label, rows }) => {
    const cells = rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`);
    return `<p><strong>${escapeHtml(label)}</strong></p><table class="attendance" role="presentation"><tbody>${cells.join('')}</tbody></table>`;
  });
  return `<h2>Attendance</h2>${groups.join('')}`;
}

/** "Councillor Ada Brown in the Chair", "(Councillor Ben Cole in the Chair for minutes 655 to 656)". */
export function chairLinesHtml(lines: readonly string[] | undefined): string {
  return (lines ?? [])
    .map(
      (line) => `<p>${line.startsWith('(') ? escapeHtml(line) : `<strong>${escapeHtml(line)}</strong>`}</p>`,
    )
    .join('');
}

/** Declarations as sentences, or the house's table (Name | Minute | Reason | Interest) with its heading row. */
export function declarationsHtml(wording: DeclarationsWording): string {
  if (wording.form === 'sentences')
    return wording.sentences.map((sentence) => `<p>${escapeHtml(sentence)}</p>`).join('');
  if (wording.rows.length === 0) return '';
  const head = wording.headings.map((heading) => `<th scope="col">${escapeHtml(heading)}</th>`).join('');
  const rows = wording.rows.map(
    (row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`,
  );
  return `<table class="declarations"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * A minute's running order line by line: bold results, italic notes, indented names; a recorded vote the house
 * tabulates (lines with cells) as one table, its first row the heading.
 */
export function proceedingsHtml(lines: readonly ProceedingLine[]): string {
  return proceedingBlocks(lines)
    .map((block) => {
      if ('rows' in block) return linesTable(block.rows);
      const { line } = block;
      let text = escapeHtml(line.text);
      if (line.italic) text = `<em>${text}</em>`;
      if (line.bold) text = `<strong>${text}</strong>`;
      return `<p${line.indent ? ' class="indent"' : ''}>${text}</p>`;
    })
    .join('');
}

function linesTable(rows: ProceedingLine[]): string {
  const [head, ...body] = rows;
  const headCells = (head?.cells ?? []).map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('');
  const bodyRows = body.map(
    (row) => `<tr>${(row.cells ?? []).map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`,
  );
  return `<table class="recorded-vote"><thead><tr>${headCells}</tr></thead><tbody>${bodyRows.join('')}</tbody></table>`;
}
