export type { PaperPagesMeasure } from './measure-papers';
export { measurePapersOffThePage } from './in-worker';
