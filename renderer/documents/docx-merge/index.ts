export type { ReportSplice, SpliceResult } from './splice';
export { spliceReports } from './splice';
export type { DocxParts } from './zip-parts';
export { readDocxParts, writeDocxParts, partText } from './zip-parts';
