import { loadMeetingRecord } from '../../../db/read/meeting-record';
import { loadTemplate } from '../../../db/repositories/templates';
import { buildMinutesInWorker } from '../../../documents/minutes-worker';
import {
  agendaAndMinutesFileName,
  minutesFileName,
  reportCoverFileName,
} from '../../../documents/common/file-names';
import { agendaAndMinutesContent } from '../../../documents/agenda-and-minutes/build-agenda-and-minutes';
import { reportCoverContent } from '../../../documents/report-cover/build-report-cover';
import { meetingTemplateValues } from '../../../documents/templates/template-values';
import type { MeetingRecord } from '../../../domain/meeting-record';
import type { AgendaPart } from '../../../domain/model';
import { saveWordFile } from './save-word-file';
import { templatedDocument } from './templated-document';

async function recordOf(meetingId: string): Promise<MeetingRecord> {
  const record = await loadMeetingRecord(meetingId);
  if (!record) throw new Error('That meeting no longer exists.');
  return record;
}

/**
 * The steps of "Save the minutes", named in the page's User Timing (DevTools' Performance panel shows them; the
 * documents benchmark reads them), so a slow first press can be told apart: the page reading the meeting, the
 * worker building the file, or the file handed to the save dialog or the download.
 */
export const minutesSteps = {
  read: 'minutes: read the meeting',
  build: 'minutes: built in the worker',
  save: 'minutes: handed to be saved',
} as const;

/** Times one step as a User Timing measure from `start` (performance.now()) to now; never stops the save. */
function measureStep(name: string, start: number): number {
  const end = performance.now();
  try {
    performance.measure(name, { start, end });
  } catch {
    // A page without User Timing Level 3: the step is simply not named.
  }
  return end;
}

/**
 * The public minutes (part 'A') or the confidential Part B minutes, in the organisation's minutes template if it
 * has one. Marked DRAFT until the meeting's minutes are approved (the builder's default).
 */
export async function saveMinutesDocument(meetingId: string, part: AgendaPart): Promise<string | undefined> {
  const started = performance.now();
  // The meeting and the template are read at once: neither waits for the other.
  const [record, template] = await Promise.all([recordOf(meetingId), loadTemplate('minutes')]);
  const read = measureStep(minutesSteps.read, started);
  // Made in the minutes worker: on the page's thread a long meeting's minutes held the screen still for seconds.
  const bytes = await buildMinutesInWorker({
    record,
    part,
    title: part === 'B' ? 'Confidential minutes' : 'Minutes',
    template: template ? { name: template.name, bytes: template.bytes } : undefined,
  });
  const built = measureStep(minutesSteps.build, read);
  const saved = await saveWordFile(minutesFileName(record, part), bytes);
  measureStep(minutesSteps.save, built);
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
