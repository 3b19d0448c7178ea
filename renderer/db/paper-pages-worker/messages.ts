import type { PaperPagesMeasure } from './measure-papers';

/** The page asks the paper-pages worker to measure these Word papers, by id. */
export type MeasurePapersRequest = { from: 'chamber-paper-pages'; id: number; paperIds: string[] };

/** The worker's answer: one measure per paper asked for, or why it could not read them at all. */
export type MeasurePapersAnswer =
  | { from: 'chamber-paper-pages'; id: number; measures: PaperPagesMeasure[] }
  | { from: 'chamber-paper-pages'; id: number; failed: string };

export const paperPagesTag = 'chamber-paper-pages';
