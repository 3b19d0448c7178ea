import type { PackNaming } from '../../../db/pack-worker';
import {
  buildMeetingPackInWorker,
  explainPackFailure,
  readPackNaming,
  readPackToBuild,
} from '../../../db/pack-worker';
import type {
  AgendaPackData,
  AgendaPackResult,
  PackAudience,
  PackEdition,
  PackProgress,
} from '../../../documents/agenda-pack';
import { safeFileName } from '../../../documents/common/file-names';
import { buildPackInWorker } from '../../../documents/pack-worker';
import { saveWordFile, wordFileForm } from './save-word-file';
import type { BuildOutcome } from './use-document-build';

export type PackKind = { audience: PackAudience; edition: PackEdition };

/** Builds a pack from data read on the page (publishing, and tests standing in for the worker). */
export type PackBuilder = (
  data: AgendaPackData,
  onProgress: (progress: PackProgress) => void,
  pack: PackKind,
) => Promise<AgendaPackResult>;

export const packInWorker: PackBuilder = (data, onProgress, pack) =>
  buildPackInWorker(data, onProgress, pack);

/** What each pack is called on the Papers tab and in its file name. */
export function packTitle({ audience, edition }: PackKind): string {
  const which = edition === 'supplementary' ? 'supplementary agenda pack' : 'agenda pack';
  return audience === 'private' ? `Private ${which}` : which.charAt(0).toUpperCase() + which.slice(1);
}

export function packFileName(naming: PackNaming, pack: PackKind): string {
  const name = `${naming.committeeName} ${packTitle(pack).toLowerCase()} ${naming.date}`;
  return `${safeFileName(name)}.docx`;
}

/**
 * Build the meeting's pack and hand the .docx to the clerk, with the builder's warnings to show. By default the
 * pack worker reads the meeting, its papers and the organisation's template itself, so the page never holds the
 * papers' bytes and its thread only draws the progress bar; a test's `build` is given the data read here. A
 * failure throws the builder's message, which names the paper (or the template) at fault.
 */
export async function savePack(
  meetingId: string,
  pack: PackKind,
  onProgress: (progress: PackProgress) => void,
  build?: PackBuilder,
): Promise<BuildOutcome> {
  // Writing the file is the last step on the bar, after every step of the builder's: the bar reaches its end
  // only as the file is written, rather than sitting full while it is.
  let steps = 0;
  const withWriting = (progress: PackProgress): void => {
    steps = progress.total + 1;
    onProgress({ ...progress, total: steps });
  };
  const named = await readPackNaming(meetingId);
  if (!named) throw new Error('That meeting no longer exists.');
  // The worker hands over a Blob where the shell saves one as it is (a browser), so the file's megabytes are never
  // copied on the page's thread; bytes for the desktop app's save.
  const result = build
    ? await buildFromPage(meetingId, pack, withWriting, build)
    : await buildMeetingPackInWorker(meetingId, { ...pack, fileAs: wordFileForm() }, withWriting);
  if (steps > 0) onProgress({ done: steps - 1, total: steps, stage: 'writingFile' });
  return {
    savedTo: await saveWordFile(packFileName(named, pack), 'blob' in result ? result.blob : result.bytes),
    warnings: result.warnings,
  };
}

async function buildFromPage(
  meetingId: string,
  pack: PackKind,
  onProgress: (progress: PackProgress) => void,
  build: PackBuilder,
) {
  const { data, templateName } = await readPackToBuild(meetingId, pack.audience);
  return build(data, onProgress, pack).catch((error: unknown) => {
    throw explainPackFailure(error, templateName);
  });
}
