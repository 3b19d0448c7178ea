import { loadTemplate } from '../../../db/repositories/templates';
import type { DocumentContent } from '../../../documents/common/house-document';
import { documentBytes } from '../../../documents/minutes-worker';
import type { TemplateValues } from '../../../documents/templates/placeholders';
import type { DocumentKind } from '../../../domain/model';

/**
 * A document's bytes in the organisation's own template for its kind when one is uploaded (Settings, Templates),
 * otherwise in Chamber's built-in house layout. The same content goes into either, so they never disagree.
 */
export async function templatedDocument(
  kind: DocumentKind,
  content: DocumentContent,
  values: TemplateValues,
): Promise<Uint8Array> {
  return documentBytes(kind, content, values, await loadTemplate(kind));
}
