import type { BuildMeetingPackRequest } from '../../documents/pack-worker/messages';
import { answerPack, buildPackHere } from '../../documents/pack-worker/answer-pack';
import { explainPackFailure, readPackToBuild } from './read-pack';
import { warmUpPackOnce } from './warm-up';

/**
 * The agenda pack's Web Worker when the page asks for a meeting's pack by its id: it reads the meeting, its
 * papers and the template from the database itself (reads only: it never writes), builds the pack and hands
 * back the file's bytes. The papers' megabytes never reach the page's thread, which keeps drawing the progress.
 */
let asked = false;

async function readAndBuild(request: BuildMeetingPackRequest) {
  const { data, templateName } = await readPackToBuild(request.meetingId, request.audience);
  return buildPackHere(data, request).catch((error: unknown) => {
    throw explainPackFailure(error, templateName);
  });
}

self.addEventListener('message', (event: MessageEvent<BuildMeetingPackRequest>) => {
  const request = event.data;
  if (request?.kind !== 'build-meeting') return;
  asked = true;
  void answerPack(readAndBuild(request), request.fileAs);
});

// Started ahead of the clerk's press (meeting-pack-in-worker.ts): open the database and make a small sample pack
// now, so the press runs code already loaded, compiled and warm rather than paying for it (warm-up.ts).
void warmUpPackOnce(() => asked);
