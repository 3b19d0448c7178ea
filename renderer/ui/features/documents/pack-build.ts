import { loadPackData } from '../../../db/read/pack-data';
import { loadTemplate } from '../../../db/repositories/templates';
import type {
  AgendaPackData,
  AgendaPackResult,
  PackAudience,
  PackEdition,
  PackProgress,
} from '../../../documents/agenda-pack';
import { safeFileName } from '../../../documents/common/file-names';
import { buildPackInWorker } from '../../../documents/pack-worker';
import type { MeetingRecord } from '../../../domain/meeting-record';
import { saveWordFile } from './save-word-file';
import type { BuildOutcome } from './use-document-build';

export type PackKind = { audience: PackAudience; edition: PackEdition };

/** Builds a pack off the page's thread; the default runs the pack worker, tests pass their own. */
export type PackBuilder = (
  data: AgendaPackData,
  onProgress: (progress: PackProgress) => void,
  pack: PackKind,
) => Promise<AgendaPackResult>;

export const packInWorker: PackBuilder = (data, onProgress, pack) =>
  buildPackInWorker(data, onProgress, pack);

/** packInWorker for data read for this build alone: its bytes move to the worker, not copied (see handOver). */
export const packInWorkerHandingOver: PackBuilder = (data, onProgress, pack) =>
  buildPackInWorker(data, onProgress, pack, undefined, undefined, true);

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
 * Read the meeting, its papers and the organisation's agenda pack template, build the pack in the worker (the app
 * stays responsive, the progress bar moves) and hand the .docx to the clerk, with the builder's warnings to show.
 * A failure throws the builder's message, which names the paper (or the template) at fault.
 */
export async function savePack(
  meetingId: string,
  pack: PackKind,
  onProgress: (progress: PackProgress) => void,
  build: PackBuilder = packInWorkerHandingOver,
): Promise<BuildOutcome> {
  const data = await loadPackData(meetingId, pack.audience);
  if (!data) throw new Error('That meeting no longer exists.');
  const template = await loadTemplate('agendaPack');
  // Writing the file is the last step on the bar, after every step of the builder's: the bar reaches its end
  // only as the file is written, rather than sitting full while it is.
  let steps = 0;
  const withWriting = (progress: PackProgress): void => {
    steps = progress.total + 1;
    onProgress({ ...progress, total: steps });
  };
  const result = await build(
    template ? { ...data, template: template.bytes } : data,
    withWriting,
    pack,
  ).catch((error: unknown) => {
    const why = error instanceof Error ? error.message : String(error);
    if (!template || !why.startsWith('The agenda pack template')) throw error;
    throw new Error(
      `${why} The template in use is “${template.name}”: upload a corrected one, or go back to the built-in one in Settings, Templates.`,
    );
  });
  if (steps > 0) onProgress({ done: steps - 1, total: steps, stage: 'writingFile' });
  return {
    savedTo: await saveWordFile(packFileName(data.record, pack), result.bytes),
    warnings: result.warnings,
  };
}
