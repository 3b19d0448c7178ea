/**
 * The documents benchmark's in-page half, bundled and evaluated in a page of Chamber's origin (same IndexedDB as
 * the app): it keys meetings through Chamber's own repositories (the writes a clerk's screens make), and times
 * the two baselines beside the clerk's click: the builder alone, and fflate zipping the same parts.
 * For benchmarks only: the shipped app never contains this.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { createCommittee } from '../../renderer/db/repositories/committees';
import { createMeeting } from '../../renderer/db/repositories/meetings';
import { addAgendaItem } from '../../renderer/db/repositories/agenda';
import { attachDocument, prepareDocument } from '../../renderer/db/repositories/documents';
import { saveMinuteText, saveResolution, takeItem } from '../../renderer/db/repositories/minutes';
import { addAction } from '../../renderer/db/repositories/actions';
import { loadPackData } from '../../renderer/db/read/pack-data';
import { loadMeetingRecord } from '../../renderer/db/read/meeting-record';
import { buildAgendaPack } from '../../renderer/documents/agenda-pack';
import { minutesContent } from '../../renderer/documents/minutes/build-minutes';
import { meetingTemplateValues } from '../../renderer/documents/templates/template-values';
import { templatedDocument } from '../../renderer/ui/features/documents/templated-document';
import { richTextFromPlain } from '../../renderer/domain/rich-text';
import { prose, reportTopics, seededRandom } from './prose';

export type SeedRequest = {
  name: string;
  items: number;
  /** URLs (served by the driver) of the papers to attach, one per item from the first. */
  papers: { url: string; name: string }[];
  /** Characters of minute text per item (varied prose), with a resolution and an action each. */
  minuteCharacters: number;
};

/** A committee with one meeting of `items` items, papers attached and every item minuted; returns its id. */
async function seedMeeting(request: SeedRequest): Promise<{ meetingId: string; paperBytes: number }> {
  const random = seededRandom(request.items * 31 + request.papers.length);
  const committee = await createCommittee(
    { name: request.name, type: 'committee', defaultVenue: 'Council Chamber, Wrenmoor Town Hall' },
    Array.from({ length: 12 }, (_, n) => ({
      role: n === 0 ? ('chair' as const) : ('member' as const),
      person: { name: `Member ${n + 1} of ${request.name}`, title: 'Councillor' },
    })),
  );
  const meeting = await createMeeting(committee.id, { date: '2026-03-11', startTime: '18:30' });
  let paperBytes = 0;
  for (let n = 0; n < request.items; n += 1) {
    const topic = reportTopics[n % reportTopics.length] as string;
    const item = await addAgendaItem(meeting.id, {
      title: `${topic} (${n + 1})`,
      description: `Report of the Director of Place on the ${topic.toLowerCase()}.`,
    });
    const paper = request.papers[n];
    if (paper) {
      const bytes = new Uint8Array(await (await fetch(paper.url)).arrayBuffer());
      paperBytes += bytes.length;
      await attachDocument(item.id, await prepareDocument({ name: paper.name, bytes }));
    }
    if (request.minuteCharacters > 0) {
      const minute = await takeItem(meeting.id, item.id);
      await saveMinuteText(
        minute.id,
        richTextFromPlain(prose(random, request.minuteCharacters).join('\n\n')),
      );
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
  }
  return { meetingId: meeting.id, paperBytes };
}

function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Parts already compressed (pictures) are stored; the rest deflated at fflate's default level. */
function zippable(parts: Record<string, Uint8Array>): Zippable {
  const out: Zippable = {};
  for (const [path, bytes] of Object.entries(parts)) {
    out[path] = /\.(png|jpe?g|gif|emf|wmf|tiff?)$/i.test(path)
      ? [bytes, { level: 0 }]
      : [bytes, { level: 6 }];
  }
  return out;
}

/** The public agenda pack built on this page's thread, from data already read: the builder alone. */
async function packBuilder(meetingId: string): Promise<{ ms: number; bytes: number; readMs: number }> {
  collect();
  const read = performance.now();
  const data = await loadPackData(meetingId, 'public');
  if (!data) throw new Error('The benchmark meeting is missing.');
  const started = performance.now();
  const result = await buildAgendaPack(data, { audience: 'public', edition: 'agenda' });
  const ms = performance.now() - started;
  lastBuilt = result.bytes;
  return { ms, bytes: result.bytes.length, readMs: started - read };
}

/** The public minutes as the Save button makes them (template or house layout), from the record already read. */
async function minutesBuilder(meetingId: string): Promise<{ ms: number; bytes: number; readMs: number }> {
  collect();
  const read = performance.now();
  const record = await loadMeetingRecord(meetingId);
  if (!record) throw new Error('The benchmark meeting is missing.');
  const started = performance.now();
  const bytes = await templatedDocument(
    'minutes',
    minutesContent(record, { part: 'A' }),
    meetingTemplateValues(record, 'Minutes'),
  );
  const ms = performance.now() - started;
  lastBuilt = bytes;
  return { ms, bytes: bytes.length, readMs: started - read };
}

let lastBuilt: Uint8Array | undefined;

/** fflate zipping the parts of the last document built: the fastest raw way to write the same file. */
function rawZip(): { ms: number; bytes: number; parts: number } {
  if (!lastBuilt) throw new Error('Build the document once before zipping its parts.');
  const parts = unzipSync(lastBuilt);
  collect();
  const started = performance.now();
  const zipped = zipSync(zippable(parts));
  return { ms: performance.now() - started, bytes: zipped.length, parts: Object.keys(parts).length };
}

export const documentsBench = { seedMeeting, packBuilder, minutesBuilder, rawZip };
export type DocumentsBench = typeof documentsBench;
(globalThis as unknown as { chamberDocuments: DocumentsBench }).chamberDocuments = documentsBench;
