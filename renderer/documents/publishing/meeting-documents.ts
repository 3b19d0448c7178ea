import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { DeadlineRules } from '../../domain/calendar/deadline-rules';
import type { AgendaPackData } from '../agenda-pack';
import { buildDecisionNotice, meetingDecisionNotices } from '../decision-notice';
import { packDocument } from '../common/pack';
import { buildMinutes } from '../minutes/build-minutes';
import { publicMinutesPdf, publicPackPdf, type PrintToPdf } from './printable/public-pdfs';
import { publicMeeting, type PublishedEdition } from './public-meeting';

/** A meeting's public pack and public minutes, as PDF and Word, each when it could be made. */
export type PublishedDocuments = Partial<
  Record<'packPdf' | 'packDocx' | 'minutesPdf' | 'minutesDocx', Uint8Array>
> & {
  /** Each public decision notice as Word, by item number. */
  decisionNotices?: Record<string, Uint8Array>;
};

/**
 * How the documents are made where publishing runs: Chromium's print engine (the desktop app's printToPDF; a
 * browser tab has none, so publishes the Word files only) and the public agenda pack (the pack worker).
 */
export type DocumentMakers = {
  print?: PrintToPdf;
  publicPackDocx?: (data: AgendaPackData) => Promise<Uint8Array>;
  /** The council's call-in rules, for the decision notices (none: no Word decision notices). */
  callInRules?: DeadlineRules;
  /** Told what the clerk should know of a document made (a Word paper printed as its words only, and why). */
  note?: (line: string) => void;
};

/**
 * The public pack (always) and the public minutes (once the minutes are published) of one meeting, from the same
 * public data as its page: the public pack's rule and the public minutes' rule (Part A only). Dates inside the
 * files are the meeting's, so publishing again makes the same bytes and rewrites nothing unchanged.
 *
 * @example await meetingDocuments(data, 'minutes', { print })
 */
export async function meetingDocuments(
  data: AgendaPackData,
  edition: PublishedEdition,
  makers: DocumentMakers,
): Promise<PublishedDocuments> {
  const { record } = data;
  const documents: PublishedDocuments = {};
  const at = new Date(`${record.meeting.date}T00:00:00Z`);
  if (makers.publicPackDocx) documents.packDocx = steadyDocx(await makers.publicPackDocx(data), at);
  if (makers.print)
    documents.packPdf = await publicPackPdf(record, publicMeeting(data, 'agenda'), makers.print, {
      ...(makers.note ? { note: makers.note } : {}),
    });
  if (edition === 'minutes') {
    const minutes = buildMinutes(record, { part: 'A' });
    documents.minutesDocx = steadyDocx(await packDocument(minutes), at);
    if (makers.print)
      documents.minutesPdf = await publicMinutesPdf(record, publicMeeting(data, 'minutes'), makers.print);
    if (makers.callInRules) {
      const notices: Record<string, Uint8Array> = {};
      for (const { itemNumber, notice } of meetingDecisionNotices(data, makers.callInRules))
        notices[itemNumber] = steadyDocx(await packDocument(buildDecisionNotice(notice)), at);
      if (Object.keys(notices).length > 0) documents.decisionNotices = notices;
    }
  }
  return documents;
}

/** A .docx with its stored dates (document properties, zip entries) set to `at`: the same content, the same bytes. */
export function steadyDocx(bytes: Uint8Array, at: Date): Uint8Array {
  const parts = unzipSync(bytes);
  const core = parts['docProps/core.xml'];
  if (core) {
    const stamp = at.toISOString().replace(/\.\d{3}Z$/, 'Z');
    parts['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(
        /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
        `$1${stamp}$2`,
      ),
    );
  }
  const ordered: Record<string, Uint8Array> = {};
  if (parts['[Content_Types].xml']) ordered['[Content_Types].xml'] = parts['[Content_Types].xml'];
  for (const [path, part] of Object.entries(parts)) if (path !== '[Content_Types].xml') ordered[path] = part;
  return zipSync(ordered, { level: 6, mtime: at });
}
