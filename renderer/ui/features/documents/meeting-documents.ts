import { loadMeetingRecord } from '../../../db/read/meeting-record';
import { makeMinutesInWorker } from '../../../db/minutes-worker';
import { agendaAndMinutesFileName, reportCoverFileName } from '../../../documents/common/file-names';
import { agendaAndMinutesContent } from '../../../documents/agenda-and-minutes/build-agenda-and-minutes';
import { reportCoverContent } from '../../../documents/report-cover/build-report-cover';
import { meetingTemplateValues } from '../../../documents/templates/template-values';
import type { MeetingRecord } from '../../../domain/meeting-record';
import type { AgendaPart } from '../../../domain/model';
import { everyWriteSettled } from '../../common/write-through';
import { longestWaitForKeysMs, waitAtMost } from '../../../db/wait-at-most';
import { saveWordFile } from './save-word-file';
import { templatedDocument } from './templated-document';

async function recordOf(meetingId: string): Promise<MeetingRecord> {
  const record = await loadMeetingRecord(meetingId);
  if (!record) throw new Error('That meeting no longer exists.');
  return record;
}

/**
 * The steps of "Save the minutes", named in the page's User Timing (DevTools' Performance panel shows them; the
 * documents benchmark reads them), so a slow press can be told apart: waiting for keys just typed to be stored,
 * the worker reading the meeting and building the file (timed in the worker, laid on the page's clock from the
 * moment the request was posted), the messages to and from the worker (and any sample build it was finishing),
 * and the file handed to the save dialog or the download.
 */
export const minutesSteps = {
  typed: 'minutes: keys just typed stored',
  read: 'minutes: worker read the meeting',
  build: 'minutes: worker built the file',
  messages: 'minutes: to and from the worker',
  save: 'minutes: handed to be saved',
} as const;

/** Names one step as a User Timing measure of `duration` ms from `start` (performance.now()); never stops a save. */
function measureStep(name: string, start: number, duration: number): number {
  try {
    performance.measure(name, { start, duration: Math.max(0, duration) });
  } catch {
    // A page without User Timing Level 3: the step is simply not named.
  }
  return start + duration;
}

/**
 * Waits for every write this window has on its way (the minute typed a moment ago, a resolution) to be stored. A
 * write that hangs without failing must not hang the press: after so long, the minutes are made from what is stored.
 */
function typedKeysStoredFirst(): Promise<void> {
  return waitAtMost(everyWriteSettled(), longestWaitForKeysMs);
}

/**
 * The public minutes (part 'A') or the confidential Part B minutes, in the organisation's minutes template if it
 * has one. Marked DRAFT until the meeting's minutes are approved (the builder's default). The minutes worker reads
 * the meeting and builds the file: the page posts only the meeting's id, and its thread keeps drawing.
 */
export async function saveMinutesDocument(meetingId: string, part: AgendaPart): Promise<string | undefined> {
  const started = performance.now();
  // The worker reads what is stored: a minute typed just before the press may still be on its way to the typing
  // worker, so it is stored first (at once when nothing is on its way).
  await typedKeysStoredFirst();
  const posted = measureStep(minutesSteps.typed, started, performance.now() - started);
  const made = await makeMinutesInWorker(meetingId, part);
  const back = performance.now();
  const read = measureStep(minutesSteps.read, posted, made.readMs);
  const built = measureStep(minutesSteps.build, read, made.buildMs);
  measureStep(minutesSteps.messages, built, back - built);
  const saved = await saveWordFile(made.fileName, made.bytes);
  measureStep(minutesSteps.save, back, performance.now() - back);
  return saved;
}

/** Seed 003's layout: each item's agenda text and papers, then its minutes. Uses the minutes template. */
export async function saveAgendaAndMinutes(meetingId: string): Promise<string | undefined> {
  const record = await recordOf(meetingId);
  const bytes = await templatedDocument(
    'minutes',
    agendaAndMinutesContent(record),
    meetingTemplateValues(record, 'Agenda and minutes'),
  );
  return saveWordFile(agendaAndMinutesFileName(record), bytes);
}

/** The officers' report cover (seed 000) prefilled for one item, to send to the report's author. */
export async function saveReportCover(meetingId: string, agendaItemId: string): Promise<string | undefined> {
  const record = await recordOf(meetingId);
  const item = record.agendaItems.find((candidate) => candidate.id === agendaItemId);
  if (!item) throw new Error('That agenda item no longer exists: choose another item.');
  const bytes = await templatedDocument(
    'reportCover',
    reportCoverContent(record, agendaItemId),
    meetingTemplateValues(record, 'Report'),
  );
  return saveWordFile(reportCoverFileName(record, item), bytes);
}
