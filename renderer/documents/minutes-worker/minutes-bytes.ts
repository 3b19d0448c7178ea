import type { MeetingRecord } from '../../domain/meeting-record';
import type { AgendaPart, DocumentKind } from '../../domain/model';
import { documentKinds } from '../../domain/model';
import { houseDocument } from '../common/house-document';
import type { DocumentContent } from '../common/house-document';
import { packDocument } from '../common/pack';
import { minutesContent } from '../minutes/build-minutes';
import { fillTemplate } from '../templates/fill-template';
import type { TemplateValues } from '../templates/placeholders';
import { meetingTemplateValues } from '../templates/template-values';

/** The organisation's own .docx for a kind of document (Settings, Templates). */
export type TemplateFile = { name: string; bytes: Uint8Array };

/**
 * A document's bytes in the organisation's template when one is given, otherwise in Chamber's built-in house
 * layout. The same content goes into either, so they never disagree.
 */
export async function documentBytes(
  kind: DocumentKind,
  content: DocumentContent,
  values: TemplateValues,
  template: TemplateFile | undefined,
): Promise<Uint8Array> {
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

/** Everything the minutes are made from: plain data, so it can be posted to a worker. */
export type MinutesRequest = {
  record: MeetingRecord;
  part: AgendaPart;
  /** "Minutes" or "Confidential minutes", for the template's {{document_title}}. */
  title: string;
  template: TemplateFile | undefined;
};

/** The public (part A) or confidential (part B) minutes as a .docx. */
export function minutesBytes(request: MinutesRequest): Promise<Uint8Array> {
  const { record, part, title, template } = request;
  return documentBytes(
    'minutes',
    minutesContent(record, { part }),
    meetingTemplateValues(record, title),
    template,
  );
}
