import { AlignmentType, Paragraph, PatchType, TextRun, patchDocument } from 'docx';
import type { IPatch } from 'docx';
import type { DocumentKind } from '../../domain/model';
import type { DocumentContent } from '../common/house-document';
import { listNumbering } from '../common/numbering';
import { checkTemplate } from './check-template';
import { placeholderPatches } from './placeholder-patches';
import type { TemplateValues } from './placeholders';

/**
 * Pours a generated document into the organisation's own .docx: its letterhead, logo, header, footer and styles
 * stay; each {{placeholder}} takes its value and the {{body}} line becomes the document. The template is checked
 * first, so a bad one fails with the same message the upload screen shows.
 * Markings such as DRAFT go at the top of the body, since the header is the organisation's.
 *
 * @example await fillTemplate(templateBytes, 'minutes', minutesContent(record), meetingTemplateValues(record, 'Minutes'))
 */
export async function fillTemplate(
  template: Uint8Array,
  kind: DocumentKind,
  content: DocumentContent,
  values: TemplateValues,
): Promise<Uint8Array> {
  const check = checkTemplate(kind, template);
  if (!check.ok) throw new Error(check.problem);
  const patches: Record<string, IPatch> = {
    ...placeholderPatches(kind, values),
    body: {
      type: PatchType.DOCUMENT,
      children: [...markingParagraphs(content.markings ?? []), ...content.children],
    },
  };
  return patchDocument({
    outputType: 'uint8array',
    data: template,
    patches,
    keepOriginalStyles: true,
    trimPlaceholders: true,
    numbering: listNumbering,
    properties: { title: content.title },
  });
}

function markingParagraphs(markings: string[]): Paragraph[] {
  return markings.map(
    (marking) =>
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: marking, bold: true, color: 'C00000' })],
      }),
  );
}
