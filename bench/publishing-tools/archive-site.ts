/**
 * The scaled 12-year archive for the publishing benchmark, built in memory as the app's reader would give it:
 * `committees` committees x `years` years x `perYear` meetings, each the built-in sample meeting (its items,
 * attendance, minutes and resolutions) under its own committee and date, with its public papers as small PDFs
 * of `paperSize` bytes, different in every meeting. No database: this times the builders and the folder writer.
 */
import type { AgendaPackData } from '../../renderer/documents/agenda-pack';
import type { LoadSite } from '../../renderer/documents/publishing/publish-to-folder';
import type { MeetingToPublish } from '../../renderer/documents/publishing/site';
import { sampleMeetingRecord } from '../../renderer/documents/sample/sample-meeting';
import { publicPapers } from '../../renderer/domain/exempt-papers';
import { reportTopics } from '../documents-tools/prose';

export type ArchiveScale = { committees: number; years: number; perYear: number; paperSize: number };

/** Bytes that read as a PDF, labelled so each meeting's papers differ. */
function pdfBytes(label: string, size: number): Uint8Array {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode(`%PDF-1.4\n% ${label}\n`));
  bytes.set(new TextEncoder().encode('%%EOF\n'), size - 6);
  return bytes;
}

export function archiveMeetings(scale: ArchiveScale): { meetings: AgendaPackData[]; paperBytes: number } {
  const meetings: AgendaPackData[] = [];
  let paperBytes = 0;
  for (let c = 0; c < scale.committees; c += 1) {
    const name = `${reportTopics[c % reportTopics.length] ?? 'General'} Committee ${c + 1}`;
    for (let y = 0; y < scale.years; y += 1) {
      for (let m = 0; m < scale.perYear; m += 1) {
        const record = sampleMeetingRecord();
        const id = `meeting-${c}-${y}-${m}`;
        const month = String(1 + Math.floor((m * 12) / scale.perYear)).padStart(2, '0');
        record.committee = { ...record.committee, id: `committee-${c}`, name };
        record.meeting = {
          ...record.meeting,
          id,
          committeeId: `committee-${c}`,
          date: `${2015 + y}-${month}-1${c % 10}`,
          status: 'minutesApproved',
        };
        const documentContents: AgendaPackData['documentContents'] = {};
        for (const document of publicPapers(record.documents, record.agendaItems)) {
          documentContents[document.id] = pdfBytes(`${id} ${document.name}`, scale.paperSize);
          paperBytes += scale.paperSize;
        }
        meetings.push({ record, documentContents });
      }
    }
  }
  return { meetings, paperBytes };
}

/** What the app's loadSiteToPublish gives for these meetings: each one asked for, with its edition. */
export function archiveLoader(meetings: AgendaPackData[]): LoadSite {
  const byId = new Map(meetings.map((data) => [data.record.meeting.id, data]));
  const organisation = meetings[0]?.record.organisation;
  if (!organisation) throw new Error('The archive has no meeting.');
  return (editions) => {
    const chosen: MeetingToPublish[] = [];
    for (const [meetingId, edition] of Object.entries(editions)) {
      const data = byId.get(meetingId);
      if (data) chosen.push({ data, edition });
    }
    return Promise.resolve({ organisation, meetings: chosen });
  };
}
