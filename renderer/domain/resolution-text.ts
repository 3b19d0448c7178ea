import type { Resolution, ResolutionClause } from './model';

/**
 * A resolution typed as lines: one line is a single sentence ("That the report be noted."); several lines are
 * numbered clauses (1), (2)...; a line starting with "-" or "(a)" is a sub-clause of the clause above it.
 */
export function resolutionFromLines(typed: string): Pick<Resolution, 'text' | 'clauses'> {
  const lines = typed
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length <= 1) return { text: lines[0] ?? '', clauses: [] };
  const clauses: ResolutionClause[] = [];
  let lead = '';
  for (const line of lines) {
    const sub = /^(?:-|\([a-z]\))\s*(.*)$/.exec(line);
    const last = clauses.at(-1);
    if (sub && last) last.subClauses.push(sub[1] ?? '');
    else if (clauses.length === 0 && /^that:?$/i.test(line)) lead = line;
    else clauses.push({ text: line.replace(/^\(\d+\)\s*/, ''), subClauses: [] });
  }
  return { text: lead, clauses };
}

export function resolutionToLines(resolution: Pick<Resolution, 'text' | 'clauses'>): string {
  if (resolution.clauses.length === 0) return resolution.text;
  const lines = resolution.text ? [resolution.text] : [];
  for (const clause of resolution.clauses) {
    lines.push(clause.text);
    for (const sub of clause.subClauses) lines.push(`- ${sub}`);
  }
  return lines.join('\n');
}
