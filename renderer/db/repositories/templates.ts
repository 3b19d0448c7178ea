import { db } from '../database';
import { deleteRecord, putRecord } from '../gate';
import type { DocumentKind, DocumentTemplate } from '../../domain/model';
import { documentKinds } from '../../domain/model';
import { checkTemplate } from '../../documents/templates/check-template';
import { writeTransaction } from './transaction';

/** One template per kind of document: a fixed id, so two laptops uploading for the same kind meet in one record. */
export function templateId(kind: DocumentKind): string {
  return `template-${kind}`;
}

/** The organisation's template for this kind of document, or undefined when Chamber's built-in layout is used. */
export async function loadTemplate(kind: DocumentKind): Promise<DocumentTemplate | undefined> {
  return db.templates.get(templateId(kind));
}

/**
 * Use an uploaded .docx as this kind of document's template. The file is checked first (a .docx, a {{body}} on
 * its own line, only placeholders Chamber fills); a bad file throws the check's message and nothing is written,
 * so the template in use before stays in use.
 *
 * @example await saveTemplate('minutes', { name: 'letterhead.docx', bytes }, new Date())
 */
export async function saveTemplate(
  kind: DocumentKind,
  file: { name: string; bytes: Uint8Array },
  now: Date = new Date(),
): Promise<DocumentTemplate> {
  const check = checkTemplate(kind, file.bytes);
  if (!check.ok)
    throw new Error(
      `“${file.name}” was not used as the ${documentKinds[kind].toLowerCase()} template. ${check.problem}`,
    );
  const template: DocumentTemplate = {
    id: templateId(kind),
    kind,
    name: file.name,
    bytes: file.bytes,
    uploadedAt: now.toISOString(),
  };
  await writeTransaction([db.templates], () => putRecord(db, 'templates', template));
  return template;
}

/** Go back to Chamber's built-in layout for this kind of document. */
export async function revertTemplate(kind: DocumentKind): Promise<void> {
  await writeTransaction([db.templates], async () => {
    if (await db.templates.get(templateId(kind))) await deleteRecord(db, 'templates', templateId(kind));
  });
}
