import { addAgendaItem } from '../../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { saveMinuteText, saveResolution, takeItem } from '../../../../renderer/db/repositories/minutes';
import { db } from '../../../../renderer/db/database';
import { writeTransaction } from '../../../../renderer/db/repositories/transaction';
import { putRecord } from '../../../../renderer/db/gate';
import type { AttachedDocument, RichText } from '../../../../renderer/domain/model';
import { minimalDocx } from '../../../../renderer/domain/archive/docx-bytes';

export function paragraph(text: string): RichText {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

/** A paper's bytes: a real Word document, as an import refuses bytes that are not one (issue 26). */
export function paperBytes(text: string): Uint8Array {
  return minimalDocx([text]);
}

/**
 * A PDF of exactly `size` bytes: the header and end marker an import looks for (issue 26) around bytes
 * `byteAt` gives.
 */
export function pdfBytes(size: number, byteAt: (at: number) => number): Uint8Array {
  const bytes = new Uint8Array(size).map((_, at) => byteAt(at));
  const head = new TextEncoder().encode('%PDF-1.7\n');
  const tail = new TextEncoder().encode('\n%%EOF\n');
  bytes.set(head);
  bytes.set(tail, size - tail.length);
  return bytes;
}

/** The report seedMeeting attaches. */
export const reportBytes = paperBytes('Harrow Partnership Board Work Programme report.');

/** The Harrow Partnership Board's March 2013 meeting (seed 004), minuted on one item, with one report. */
export async function seedMeeting(options: { partB?: boolean } = {}) {
  const committee = await createCommittee(
    {
      name: 'Harrow Partnership Board',
      type: 'board',
      minuteNumbering: 'continuous',
      firstMinuteNumber: 101,
    },
    [
      { role: 'chair', person: { title: 'Councillor', name: 'Thaya Idaikkadar' } },
      { role: 'member', person: { title: 'Councillor', name: 'Susan Hall' } },
    ],
  );
  const meeting = await createMeeting(committee.id, { date: '2013-03-13', venue: 'Committee Room 5' });
  const item = await addAgendaItem(meeting.id, { title: 'Harrow Partnership Board Work Programme' });
  const minute = await takeItem(meeting.id, item.id);
  await saveMinuteText(minute.id, paragraph('Members asked about the work programme.'));
  const resolution = await saveResolution(minute.id, { text: 'That the report be noted.' });
  const bytes = reportBytes;
  await attachPaper(
    { id: 'report-1', agendaItemId: item.id, meetingId: meeting.id, name: 'Work programme report.docx' },
    bytes,
  );
  const exempt = options.partB
    ? await addAgendaItem(meeting.id, {
        title: 'Disposal of land at Wealdstone',
        part: 'B',
        exemptParagraph: 3,
        publicInterestReason: 'Disclosure would prejudice the council in negotiating the sale.',
      })
    : undefined;
  return { committee, meeting, item, minute, resolution, exempt };
}

/** A paper and its bytes, attached to an agenda item as the papers screen would store them. */
export async function attachPaper(
  paper: Pick<AttachedDocument, 'id' | 'agendaItemId' | 'meetingId' | 'name'> & Partial<AttachedDocument>,
  bytes: Uint8Array,
): Promise<void> {
  await writeTransaction([db.documents, db.documentContents], async () => {
    await putRecord(db, 'documents', {
      format: paper.name.endsWith('.pdf') ? 'pdf' : 'docx',
      role: 'report',
      sizeBytes: bytes.length,
      order: 0,
      toFollow: false,
      supplementary: false,
      version: 1,
      sha256: '',
      ...paper,
    });
    await putRecord(db, 'documentContents', { id: paper.id, bytes });
  });
}
