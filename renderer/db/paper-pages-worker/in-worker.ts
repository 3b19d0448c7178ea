import type { PaperPagesMeasure } from './measure-papers';
import { measureStoredPapers } from './measure-papers';
import type { MeasurePapersAnswer, MeasurePapersRequest } from './messages';
import { paperPagesTag } from './messages';
import { listenToWorker } from '../worker-answers';

type Waiting = { paperIds: string[]; resolve: (measures: PaperPagesMeasure[]) => void };

let worker: Worker | undefined;
/** The worker could not start or died: the page measures the papers itself from then on. */
let broken = false;
let sent = 0;
const waiting = new Map<number, Waiting>();

function heard(answer: MeasurePapersAnswer): void {
  const asked = waiting.get(answer.id);
  if (answer.from !== paperPagesTag || !asked) return;
  waiting.delete(answer.id);
  // Nothing more to measure: the worker is ended and its memory goes with it (the files it read and unpacked
  // stay in an idle worker's heap until a collection that may not come). The next question starts a fresh one.
  if (waiting.size === 0) {
    worker?.terminate();
    worker = undefined;
  }
  // A worker that could not read the database: the page tries the same read itself.
  if ('failed' in answer)
    void measureStoredPapers(asked.paperIds).then(asked.resolve, () => asked.resolve([]));
  else asked.resolve(answer.measures);
}

/** Every question not yet answered is answered by the page itself, and the worker is not used again. */
function fallBack(): void {
  broken = true;
  worker?.terminate();
  worker = undefined;
  const left = [...waiting.values()];
  waiting.clear();
  for (const asked of left)
    void measureStoredPapers(asked.paperIds).then(asked.resolve, () => asked.resolve([]));
}

function started(): Worker {
  if (worker) return worker;
  worker = listenToWorker<MeasurePapersAnswer>(
    new Worker(new URL('./paper-pages.worker.ts', import.meta.url), { type: 'module', name: 'paper-pages' }),
    heard,
    fallBack,
  );
  return worker;
}

/**
 * The printed pages of these Word papers as their files say or as Chamber estimates them, measured in the
 * paper-pages worker (paper-pages.worker.ts) so the page's thread never unpacks a report; on the page where no
 * worker can start. Never rejects: a paper whose file cannot be read comes back without pages.
 *
 * @example const measures = await measurePapersOffThePage(['paper-1', 'paper-2']);
 */
export function measurePapersOffThePage(paperIds: string[]): Promise<PaperPagesMeasure[]> {
  if (paperIds.length === 0) return Promise.resolve([]);
  if (broken || typeof Worker !== 'function') return measureStoredPapers(paperIds).catch(() => []);
  sent += 1;
  const request: MeasurePapersRequest = { from: paperPagesTag, id: sent, paperIds };
  return new Promise((resolve) => {
    waiting.set(request.id, { paperIds, resolve });
    started().postMessage(request);
  });
}
