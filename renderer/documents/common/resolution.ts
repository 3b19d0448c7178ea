import type { Paragraph } from 'docx';
import { resolutionVerbs } from '../../domain/model';
import type { Resolution } from '../../domain/model';
import { bodyParagraph, letterOf, markedParagraph } from './paragraphs';

/**
 * A resolution as council minutes print it, all in bold:
 * - single sentence: "RESOLVED: That the report be noted."
 * - clauses: "RESOLVED: That" then "(1) ...;" "(2) ...", each with sub-clauses "(a)", "(b)";
 * - "RECOMMENDED to Cabinet: That ..." when the body can only recommend.
 * With clauses, the resolution's text is the lead-in ("That" when the clerk left it blank).
 *
 * @example resolutionParagraphs({ verb: 'resolved', text: 'That the report be noted.', clauses: [], ... })
 */
export function resolutionParagraphs(
  resolution: Resolution,
  indentLevel = 0,
  keepWithNext = true,
): Paragraph[] {
  const verb = resolutionLabel(resolution);
  const text = resolution.text.trim();
  if (resolution.clauses.length === 0) {
    return [bodyParagraph(`${verb}: ${text}`, { bold: true, indentLevel })];
  }
  const paragraphs = [
    bodyParagraph(`${verb}: ${text || 'That'}`, { bold: true, indentLevel, keepNext: keepWithNext }),
  ];
  resolution.clauses.forEach((clause, index) => {
    paragraphs.push(markedParagraph(`(${index + 1})`, clause.text, { bold: true, indentLevel }));
    clause.subClauses.forEach((subClause, subIndex) => {
      paragraphs.push(
        markedParagraph(`(${letterOf(subIndex)})`, subClause, { bold: true, indentLevel: indentLevel + 1 }),
      );
    });
  });
  return paragraphs;
}

/** "RESOLVED", "AGREED", "RECOMMENDED to Cabinet" */
export function resolutionLabel(resolution: Pick<Resolution, 'verb' | 'recommendedTo'>): string {
  const verb = resolutionVerbs[resolution.verb];
  const body = resolution.recommendedTo.trim();
  return resolution.verb === 'recommended' && body ? `${verb} to ${body}` : verb;
}
