import { PatchType, TextRun } from 'docx';
import type { IPatch } from 'docx';
import type { DocumentKind } from '../../domain/model';
import { placeholdersByKind } from './placeholders';
import type { TemplateValues } from './placeholders';

/**
 * Each {{placeholder}} of a document kind, other than {{body}}, as a patch putting its value in the template's
 * own run. A value Chamber has none for prints empty rather than leaving "{{venue}}" on the page.
 */
export function placeholderPatches(kind: DocumentKind, values: TemplateValues): Record<string, IPatch> {
  const patches: Record<string, IPatch> = {};
  for (const name of placeholdersByKind[kind]) {
    if (name !== 'body')
      patches[name] = { type: PatchType.PARAGRAPH, children: [new TextRun(values[name] ?? '')] };
  }
  return patches;
}
