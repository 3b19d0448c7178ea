import { loadPackData } from '../../../db/read/pack-data';
import type { AgendaPackData, PackAudience, PackEdition, PackProgress } from '../../../documents/agenda-pack';
import { safeFileName } from '../../../documents/common/file-names';
import { buildPackInWorker } from '../../../documents/pack-worker';
import type { MeetingRecord } from '../../../domain/meeting-record';
import { saveWordFile } from './save-word-file';

export type PackKind = { audience: PackAudience; edition: PackEdition };

/** Builds a pack off the page's thread; the default runs the pack worker, tests pass their own. */
export type PackBuilder = (
  data: AgendaPackData,
  onProgress: (progress: PackProgress) => void,
  pack: PackKind,
) => Promise<Uint8Array>;

export const packInWorker: PackBuilder = (data, onProgress, pack) =>
  buildPackInWorker(data, onProgress, pack);

/** What each pack is called on the Papers tab and in its file name. */
export function packTitle({ audience, edition }: PackKind): string {
  const which = edition === 'supplementary' ? 'supplementary agenda pack' : 'agenda pack';
  return audience === 'private' ? `Private ${which}` : which.charAt(0).toUpperCase() + which.slice(1);
}

export function packFileName(record: MeetingRecord, pack: PackKind): string {
  const name = `${record.committee.name} ${packTitle(pack).toLowerCase()} ${record.meeting.date}`;
  return `${safeFileName(name)}.docx`;
}

/**
 * Read the meeting and its papers, build the pack in the worker (the app stays responsive, the progress bar moves)
 * and hand the .docx to the clerk. A failure throws the builder's message, which names the paper at fault.
 */
export async function savePack(
  meetingId: string,
  pack: PackKind,
  onProgress: (progress: PackProgress) => void,
  build: PackBuilder = packInWorker,
): Promise<string | undefined> {
  const data = await loadPackData(meetingId, pack.audience);
  if (!data) throw new Error('That meeting no longer exists.');
  const bytes = await build(data, onProgress, pack);
  return saveWordFile(packFileName(data.record, pack), bytes);
}
