import { measureStoredPapers } from './measure-papers';
import type { MeasurePapersAnswer, MeasurePapersRequest } from './messages';
import { paperPagesTag } from './messages';

/**
 * The Web Worker that counts the printed pages of a meeting's Word papers for the Papers tab. Each count unpacks
 * a report and counts its lines; a hundred reports took a tenth of a second or more of one task, read megabytes
 * into the page and held its screen still, on every change to any paper. Here the page's thread does none of it.
 */
const answer = (message: MeasurePapersAnswer): void =>
  (self as unknown as { postMessage: (message: unknown) => void }).postMessage(message);

self.addEventListener('message', (event: MessageEvent<MeasurePapersRequest>) => {
  const request = event.data;
  if (request?.from !== paperPagesTag) return;
  measureStoredPapers(request.paperIds).then(
    (measures) => answer({ from: paperPagesTag, id: request.id, measures }),
    (error: unknown) =>
      answer({
        from: paperPagesTag,
        id: request.id,
        failed: error instanceof Error ? error.message : String(error),
      }),
  );
});
