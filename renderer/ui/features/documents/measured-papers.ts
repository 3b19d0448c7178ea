import type { PaperPagesMeasure } from '../../../db/paper-pages-worker';
import { measurePapersOffThePage } from '../../../db/paper-pages-worker';
import type { AttachedDocument } from '../../../domain/model';

/**
 * Each Word file's measure by its checksum: the same bytes always print the same pages, so a paper is measured
 * once per file, not each time the Papers tab opens or another paper changes. Kept for the app's life (a few
 * numbers a paper).
 */
const measures = new Map<string, PaperPagesMeasure>();
/** Files being measured now: asked for once, however many times the tab draws meanwhile. */
const measuring = new Set<string>();
const listeners = new Set<() => void>();
let arrivals = 0;

const fileKey = (paper: AttachedDocument): string => paper.sha256 || `${paper.id}@${paper.version}`;

/** The measure of this paper's file, once it has been made (a damaged file's has no pages). */
export function measureOf(paper: AttachedDocument): PaperPagesMeasure | undefined {
  return measures.get(fileKey(paper));
}

/** For useSyncExternalStore: a number that changes each time measures arrive. */
export const measuresArrived = (): number => arrivals;
export function onMeasuresArrived(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Asks the paper-pages worker for the papers' files not yet measured nor being measured, and tells every
 * listener when the answers are in. A paper the worker did not answer for is kept as unreadable, not asked for
 * again in a loop.
 */
export function measureMissing(papers: AttachedDocument[]): void {
  const wanted = new Map<string, string>();
  for (const paper of papers) {
    const key = fileKey(paper);
    if (!measures.has(key) && !measuring.has(key)) wanted.set(paper.id, key);
  }
  if (wanted.size === 0) return;
  for (const key of wanted.values()) measuring.add(key);
  void measurePapersOffThePage([...wanted.keys()]).then((answers) => {
    for (const answer of answers) {
      const key = wanted.get(answer.paperId);
      if (key) measures.set(key, answer);
    }
    for (const [paperId, key] of wanted) {
      if (!measures.has(key)) measures.set(key, { paperId });
      measuring.delete(key);
    }
    arrivals += 1;
    for (const listener of listeners) listener();
  });
}
