/**
 * The 40-item meeting, keyed through Chamber's own repositories into fake-indexeddb (the store the unit tests run
 * on) in this Node process: the committee's standing items, then items to make 40, 25 of them with an officer's
 * report made by LibreOffice, every one minuted with text, a resolution and an action. The app's own reader (loadSiteToPublish) then reads it back to publish.
 */
import 'fake-indexeddb/auto';
import { db } from '../../renderer/db/database';
import { readFile } from 'node:fs/promises';
import { createCommittee } from '../../renderer/db/repositories/committees';
import { createMeeting } from '../../renderer/db/repositories/meetings';
import { addAgendaItem } from '../../renderer/db/repositories/agenda';
import { attachDocument, prepareDocument } from '../../renderer/db/repositories/documents';
import { saveMinuteText, saveResolution, takeItem } from '../../renderer/db/repositories/minutes';
import { addAction } from '../../renderer/db/repositories/actions';
import { richTextFromPlain } from '../../renderer/domain/rich-text';
import { prose, reportTopics, seededRandom } from '../documents-tools/prose';

export { loadSiteToPublish } from '../../renderer/db/read/publishing';

/** A committee with one meeting of `items` items in all, `papers` attached one to an item from the first after the
 * standing items, every added item minuted. */
export async function seedMinutedMeeting(
  items: number,
  papers: string[],
  minuteCharacters: number,
): Promise<{ meetingId: string; paperBytes: number; items: number }> {
  const random = seededRandom(items * 31 + papers.length);
  const name = 'Planning and Environment Committee';
  const committee = await createCommittee(
    { name, type: 'committee', defaultVenue: 'Council Chamber, Wrenmoor Town Hall' },
    Array.from({ length: 12 }, (_, n) => ({
      role: n === 0 ? ('chair' as const) : ('member' as const),
      person: { name: `Member ${n + 1} of ${name}`, title: 'Councillor' },
    })),
  );
  const meeting = await createMeeting(committee.id, { date: '2026-03-11', startTime: '18:30' });
  // A new meeting starts with the committee's standing items (apologies, declarations, minutes...): they count.
  const standing = await db.agendaItems.where('meetingId').equals(meeting.id).count();
  let paperBytes = 0;
  for (let n = 0; n < items - standing; n += 1) {
    const topic = reportTopics[n % reportTopics.length] as string;
    const item = await addAgendaItem(meeting.id, {
      title: `${topic} (${n + 1})`,
      description: `Report of the Director of Place on the ${topic.toLowerCase()}.`,
    });
    const paper = papers[n];
    if (paper) {
      const bytes = new Uint8Array(await readFile(paper));
      paperBytes += bytes.length;
      await attachDocument(item.id, await prepareDocument({ name: `${topic} report.docx`, bytes }));
    }
    const minute = await takeItem(meeting.id, item.id);
    await saveMinuteText(minute.id, richTextFromPlain(prose(random, minuteCharacters).join('\n\n')));
    await saveResolution(minute.id, {
      verb: 'resolved',
      text: 'That',
      clauses: [
        'the report be noted;',
        `the ${topic.toLowerCase()} be approved;`,
        'officers report back.',
      ].map((text) => ({ text, subClauses: [] })),
    });
    await addAction(meeting.id, minute.id, { text: `Report back on the ${topic.toLowerCase()}` });
  }
  const made = await db.agendaItems.where('meetingId').equals(meeting.id).count();
  return { meetingId: meeting.id, paperBytes, items: made };
}
