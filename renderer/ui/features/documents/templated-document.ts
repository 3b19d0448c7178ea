import { loadTemplate } from '../../../db/repositories/templates';
import type { DocumentContent } from '../../../documents/common/house-document';
import { houseDocument } from '../../../documents/common/house-document';
import { packDocument } from '../../../documents/common/pack';
import { fillTemplate } from '../../../documents/templates/fill-template';
import type { TemplateValues } from '../../../documents/templates/placeholders';
import type { DocumentKind } from '../../../domain/model';
import { documentKinds } from '../../../domain/model';

/**
 * A document's bytes in the organisation's own template for its kind when one is uploaded (Settings, Templates),
 * otherwise in Chamber's built-in house layout. The same content goes into either, so they never disagree.
 */
export async function templatedDocument(
  kind: DocumentKind,
  content: DocumentContent,
  values: TemplateValues,
): Promise<Uint8Array> {
  const template = await loadTemplate(kind);
  if (!template) return packDocument(houseDocument(content));
  try {
    return await fillTemplate(template.bytes, kind, content, values);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The organisation's ${documentKinds[kind].toLowerCase()} template “${template.name}” could not be filled: ${why} Upload a corrected template or go back to the built-in one in Settings, Templates.`,
    );
  }
}
