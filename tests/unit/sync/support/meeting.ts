import { addAgendaItem } from '../../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { saveMinuteText, saveResolution, takeItem } from '../../../../renderer/db/repositories/minutes';
import { db } from '../../../../renderer/db/database';
import { writeTransaction } from '../../../../renderer/db/repositories/transaction';
import { putRecord } from '../../../../renderer/db/gate';
import type { AttachedDocument, RichText } from '../../../../renderer/domain/model';

export function paragraph(text: string): RichText {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

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
  const bytes = new Uint8Array([80, 75, 3, 4, 1, 2, 3, 4, 5]);
  await attachPaper(
    { id: 'report-1', agendaItemId: item.id, meetingId: meeting.id, name: 'Work programme report.docx' },
    bytes,
  );
  const exempt = options.partB
    ? await addAgendaItem(meeting.id, {
        title: 'Disposal of land at Wealdstone',
        part: 'B',
        exemptParagraph: 3,
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
