import type { Paragraph } from 'docx';
import { resolutionVerbs } from '../../domain/model';
import type { Resolution } from '../../domain/model';
import type { ResolvedForm } from '../../domain/house-style';
import { printedResolution } from '../../domain/resolution-text';
import { bodyParagraph, markedParagraph } from './paragraphs';

/**
 * A resolution as council minutes print it, all in bold, in the house's form (domain/resolution-text.ts):
 * - single sentence: "RESOLVED: That the report be noted." or "RESOLVED that the report be noted.";
 * - clauses: "RESOLVED: That" then "(1) ...;" "(2) ...", each with sub-clauses "(a)", "(b)";
 * - "RECOMMENDED to Cabinet: That ..." when the body can only recommend.
 *
 * @example resolutionParagraphs({ verb: 'resolved', text: 'That the report be noted.', clauses: [], ... })
 */
export function resolutionParagraphs(
  resolution: Resolution,
  indentLevel = 0,
  keepWithNext = true,
  form: ResolvedForm = 'colonThat',
): Paragraph[] {
  const printed = printedResolution(resolutionLabel(resolution), resolution, form);
  const paragraphs = [
    bodyParagraph(printed.lead, {
      bold: true,
      indentLevel,
      keepNext: printed.clauses.length > 0 ? keepWithNext : undefined,
    }),
  ];
  for (const clause of printed.clauses) {
    paragraphs.push(markedParagraph(clause.marker, clause.text, { bold: true, indentLevel }));
    for (const sub of clause.subClauses)
      paragraphs.push(markedParagraph(sub.marker, sub.text, { bold: true, indentLevel: indentLevel + 1 }));
  }
  return paragraphs;
}

/** "RESOLVED", "AGREED", "RECOMMENDED to Cabinet" */
export function resolutionLabel(resolution: Pick<Resolution, 'verb' | 'recommendedTo'>): string {
  const verb = resolutionVerbs[resolution.verb];
  const body = resolution.recommendedTo.trim();
  return resolution.verb === 'recommended' && body ? `${verb} to ${body}` : verb;
}
