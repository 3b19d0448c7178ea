import { minutesFileName } from '../../documents/common/file-names';
import { minutesBytes } from '../../documents/minutes-worker/minutes-bytes';
import type { AgendaPart } from '../../domain/model';
import { loadMeetingRecord } from '../read/meeting-record';
import { loadTemplate } from '../repositories/templates';
import type { MadeMinutes } from './messages';

async function readMeeting(meetingId: string) {
  const record = await loadMeetingRecord(meetingId);
  if (!record) throw new Error('That meeting no longer exists.');
  return record;
}

/**
 * The public minutes (part 'A') or the confidential Part B minutes of a meeting, read from the database (reads
 * only: it never writes) and built in the organisation's minutes template if it has one. Run in the minutes
 * worker, or on the page where there is no Worker: the same code, the same bytes. Throws, in the clerk's words,
 * for a meeting that no longer exists or a template that cannot be filled.
 *
 * @example const { bytes, fileName } = await makeMeetingMinutes(meetingId, 'A');
 */
export async function makeMeetingMinutes(meetingId: string, part: AgendaPart): Promise<MadeMinutes> {
  const started = performance.now();
  // The meeting and the template are read at once: neither waits for the other.
  const [record, template] = await Promise.all([readMeeting(meetingId), loadTemplate('minutes')]);
  const read = performance.now();
  const bytes = await minutesBytes({
    record,
    part,
    title: part === 'B' ? 'Confidential minutes' : 'Minutes',
    template: template ? { name: template.name, bytes: template.bytes } : undefined,
  });
  return {
    bytes,
    fileName: minutesFileName(record, part),
    readMs: read - started,
    buildMs: performance.now() - read,
  };
}
