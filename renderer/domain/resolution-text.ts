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

/** A resolution laid out as it prints: the lead line, then clauses (1), (2) with sub-clauses (a), (b). */
export type PrintedResolution = {
  lead: string;
  clauses: { marker: string; text: string; subClauses: { marker: string; text: string }[] }[];
};

/**
 * The one way a resolution reads, on the live screen, in the Word minutes and on the published page, in the
 * house's form: "RESOLVED: That the report be noted." or "RESOLVED that the report be noted.". Clauses that each
 * begin "That" follow a bare "RESOLVED:"; otherwise the lead says "That" once. So "(1) That …" never prints
 * under "RESOLVED: That" (seen: "RESOLVED: That (1) That …" while the screen showed "RESOLVED: (1) That …").
 *
 * @example printedResolution('RESOLVED', { text: 'That the report be noted.', clauses: [] }, 'lowerThat').lead
 * // 'RESOLVED that the report be noted.'
 */
export function printedResolution(
  label: string,
  resolution: Pick<Resolution, 'text' | 'clauses'>,
  form: 'colonThat' | 'lowerThat',
): PrintedResolution {
  const text = resolution.text.trim();
  const clauses = resolution.clauses.map((clause, index) => ({
    marker: `(${index + 1})`,
    text: clause.text.trim(),
    subClauses: clause.subClauses.map((sub, subIndex) => ({
      marker: `(${String.fromCharCode(97 + subIndex)})`,
      text: sub.trim(),
    })),
  }));
  const clausesSayThat = clauses.length > 0 && clauses.every((clause) => /^that\b/i.test(clause.text));
  const lead = text || (clauses.length > 0 && !clausesSayThat ? 'That' : '');
  return { lead: leadLine(label, lead, form), clauses };
}

function leadLine(label: string, text: string, form: 'colonThat' | 'lowerThat'): string {
  const that = /^that\b:?\s*/i.exec(text);
  if (!that) return text ? `${label}: ${text}` : `${label}:`;
  const rest = text.slice(that[0].length);
  return form === 'lowerThat'
    ? `${label} that${rest ? ` ${rest}` : ''}`
    : `${label}: That${rest ? ` ${rest}` : ''}`;
}
