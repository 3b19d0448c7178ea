import { db } from '../database';
import { deleteRecord, putRecord, updateRecord } from '../gate';
import { newPaperStatus } from '../../domain/exempt-papers';
import type { AttachedDocument, DocumentFormat, DocumentRole, ExemptParagraph } from '../../domain/model';
import { paperStatusWords, recordExemptChange } from './exempt-history';
import { newId, writeTransaction } from './transaction';

/** A file ready to store: everything slow (hashing, counting pages) is done before any transaction opens. */
export type PreparedDocument = {
  name: string;
  bytes: Uint8Array;
  format: DocumentFormat;
  sha256: string;
  pageCount?: number;
};

/** Megabytes: a report with photographs is a few; a pack of scanned appendices can be tens. */
export const largestDocumentBytes = 100 * 1024 * 1024;

/**
 * Check a picked file is a Word document or a PDF (by its contents, not only its name) and hash it.
 * Throws a message for the clerk otherwise. Call it BEFORE a transaction: hashing is not a Dexie call.
 */
export async function prepareDocument(
  file: { name: string; bytes: Uint8Array },
  pageCount?: number,
): Promise<PreparedDocument> {
  const format = documentFormatOf(file.name, file.bytes);
  if (file.bytes.length > largestDocumentBytes) {
    throw new Error(
      `“${file.name}” is larger than 100 MB: save a smaller copy (compress its pictures) and attach that.`,
    );
  }
  const digest = await crypto.subtle.digest('SHA-256', file.bytes as BufferSource);
  const sha256 = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return { name: file.name, bytes: file.bytes, format, sha256, ...(pageCount ? { pageCount } : {}) };
}

export function documentFormatOf(name: string, bytes: Uint8Array): DocumentFormat {
  const lower = name.toLowerCase();
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const pdf = String.fromCharCode(...bytes.slice(0, 5)) === '%PDF-';
  if (lower.endsWith('.docx') && zip) return 'docx';
  if (lower.endsWith('.pdf') && pdf) return 'pdf';
  if (lower.endsWith('.docx') || lower.endsWith('.pdf')) {
    throw new Error(
      `“${name}” is not a readable ${lower.endsWith('.pdf') ? 'PDF' : 'Word'} file: it may be damaged. Save it again and attach the new copy.`,
    );
  }
  throw new Error(
    `“${name}” is not a Word document (.docx) or a PDF: save it in one of those formats and attach it again.`,
  );
}

/** A new paper's status: exempt under its item's paragraph when the item is taken in Part B, else public. */
async function startingStatus(meetingId: string, agendaItemId: string) {
  return newPaperStatus(agendaItemId, await db.agendaItems.where('meetingId').equals(meetingId).toArray());
}

async function supplementaryFor(meetingId: string): Promise<boolean> {
  const meeting = await db.meetings.get(meetingId);
  return Boolean(meeting?.agendaPublishedOn);
}

/** Attach a paper to an agenda item; a paper arriving after the agenda was published is supplementary. */
export async function attachDocument(
  agendaItemId: string,
  file: PreparedDocument,
  role: DocumentRole = 'report',
): Promise<AttachedDocument> {
  return writeTransaction([db.agendaItems, db.meetings, db.documents, db.documentContents], async () => {
    const item = await db.agendaItems.get(agendaItemId);
    if (!item) throw new Error('That agenda item no longer exists.');
    const count = await db.documents.where('agendaItemId').equals(agendaItemId).count();
    const document: AttachedDocument = {
      id: newId(),
      agendaItemId,
      meetingId: item.meetingId,
      name: file.name,
      format: file.format,
      role,
      sizeBytes: file.bytes.length,
      order: count,
      toFollow: false,
      supplementary: await supplementaryFor(item.meetingId),
      version: 1,
      sha256: file.sha256,
      ...(file.pageCount ? { pageCount: file.pageCount } : {}),
      ...(await startingStatus(item.meetingId, agendaItemId)),
    };
    await putRecord(db, 'documents', document);
    await putRecord(db, 'documentContents', { id: document.id, bytes: file.bytes });
    return document;
  });
}

/** Promise a paper that has not arrived: it is printed as "(To Follow)" until the real file replaces it. */
export async function addToFollow(
  agendaItemId: string,
  name: string,
  role: DocumentRole = 'report',
): Promise<AttachedDocument> {
  if (!name.trim())
    throw new Error('Name the paper that is to follow, for example “Report of the Director”.');
  return writeTransaction([db.agendaItems, db.documents], async () => {
    const item = await db.agendaItems.get(agendaItemId);
    if (!item) throw new Error('That agenda item no longer exists.');
    const count = await db.documents.where('agendaItemId').equals(agendaItemId).count();
    const document: AttachedDocument = {
      id: newId(),
      agendaItemId,
      meetingId: item.meetingId,
      name: name.trim(),
      format: 'docx',
      role,
      sizeBytes: 0,
      order: count,
      toFollow: true,
      supplementary: false,
      version: 0,
      sha256: '',
      ...(await startingStatus(item.meetingId, agendaItemId)),
    };
    await putRecord(db, 'documents', document);
    return document;
  });
}

/**
 * Replace a paper with a new version (or deliver one that was to follow). The old bytes are overwritten:
 * the version number and hash show it changed.
 */
export async function replaceDocument(id: string, file: PreparedDocument): Promise<AttachedDocument> {
  return writeTransaction([db.meetings, db.documents, db.documentContents], async () => {
    const before = await db.documents.get(id);
    if (!before) throw new Error('That paper no longer exists.');
    const next: AttachedDocument = {
      ...before,
      name: file.name,
      format: file.format,
      sizeBytes: file.bytes.length,
      sha256: file.sha256,
      version: before.version + 1,
      toFollow: false,
      supplementary: before.supplementary || (await supplementaryFor(before.meetingId)),
    };
    if (file.pageCount) next.pageCount = file.pageCount;
    else delete next.pageCount;
    await putRecord(db, 'documents', next);
    await putRecord(db, 'documentContents', { id, bytes: file.bytes });
    return next;
  });
}

export async function updateDocument(
  id: string,
  changes: Partial<Pick<AttachedDocument, 'role' | 'toFollow' | 'name'>>,
): Promise<void> {
  if (changes.name !== undefined && !changes.name.trim()) throw new Error('A paper needs a name.');
  await writeTransaction([db.documents], () => updateRecord<AttachedDocument>(db, 'documents', id, changes));
}

/** A paper's status as the clerk sets it: public, or exempt with its paragraph and public interest reason. */
export type PaperStatusChoice =
  { exempt: false } | { exempt: true; exemptParagraph?: ExemptParagraph; publicInterestReason: string };

/** What is wrong with a paper's chosen status, field by field, in words the clerk can act on. */
export function paperStatusProblems(choice: PaperStatusChoice): {
  exemptParagraph?: string;
  publicInterestReason?: string;
} {
  if (!choice.exempt) return {};
  return {
    ...(choice.exemptParagraph
      ? {}
      : { exemptParagraph: 'Choose the paragraph of Schedule 12A that makes this paper exempt.' }),
    ...(choice.publicInterestReason.trim()
      ? {}
      : {
          publicInterestReason:
            'State why the public interest in keeping it exempt outweighs the public interest in disclosing it.',
        }),
  };
}

/**
 * Make a paper public, or exempt under a paragraph of Schedule 12A. A deliberate act: checked first (nothing is
 * stored if the paragraph or reason is missing), and written with a line in its item's history, together.
 * The paper's status is its own: moving its item between parts never changes it.
 *
 * @example await setPaperStatus(appendixId, { exempt: true, exemptParagraph: 3, publicInterestReason: 'Tender prices' })
 */
export async function setPaperStatus(id: string, choice: PaperStatusChoice): Promise<void> {
  const problem = Object.values(paperStatusProblems(choice))[0];
  if (problem) throw new Error(problem);
  await writeTransaction([db.documents, db.agendaItems], async () => {
    const paper = await db.documents.get(id);
    if (!paper) throw new Error('That paper no longer exists.');
    const next = choice.exempt
      ? {
          exempt: true,
          exemptParagraph: choice.exemptParagraph,
          publicInterestReason: choice.publicInterestReason.trim(),
        }
      : { exempt: false, exemptParagraph: undefined, publicInterestReason: undefined };
    const was = paperStatusWords(paper);
    const now = paperStatusWords(next);
    if (was === now && paper.publicInterestReason === next.publicInterestReason) return;
    await updateRecord<AttachedDocument>(db, 'documents', id, next);
    await recordExemptChange(
      paper.agendaItemId,
      was === now
        ? `“${paper.name}”: public interest reason changed.`
        : `“${paper.name}” changed from ${was} to ${now}.`,
    );
  });
}

export async function removeDocument(id: string): Promise<void> {
  await writeTransaction([db.documents, db.documentContents], async () => {
    await deleteRecord(db, 'documentContents', id);
    await deleteRecord(db, 'documents', id);
  });
}

/** The stored bytes of a paper, to open or put in a pack. */
export async function documentBytes(id: string): Promise<Uint8Array> {
  const content = await db.documentContents.get(id);
  if (!content) throw new Error('This paper has no file yet: it is still to follow.');
  return content.bytes;
}

/** The most pages one paper can print: a larger number is a typing slip. */
const mostPrintedPages = 2000;

/**
 * The number of pages a Word paper prints, as the clerk counted it in the printed pack. It replaces Chamber's
 * estimate (a .docx made by a program that does not lay out pages records no count), so the blank-page notices
 * and "(Pages X - Y)" of the next pack fall right. Throws a message for the clerk for anything but a whole number
 * from 1 to 2000; nothing is stored then.
 *
 * @example await setPrintedPageCount(paperId, 7)
 */
export async function setPrintedPageCount(id: string, pages: number): Promise<void> {
  if (!Number.isInteger(pages) || pages < 1 || pages > mostPrintedPages) {
    throw new Error(
      `Enter the number of pages the paper prints as a whole number from 1 to ${mostPrintedPages}; nothing was changed.`,
    );
  }
  await writeTransaction([db.documents], async () => {
    const paper = await db.documents.get(id);
    if (!paper) throw new Error('That paper no longer exists.');
    if (paper.toFollow)
      throw new Error('This paper is still to follow: attach the file before counting its pages.');
    await updateRecord<AttachedDocument>(db, 'documents', id, { pageCount: pages });
  });
}
