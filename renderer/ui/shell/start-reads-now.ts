import { startFirstReads } from './first-reads';

// Imported first by main.tsx, for this effect alone: modules run in import order, so the first screen's
// IndexedDB reads start before React, React DOM and Fluent UI are evaluated, not after (see first-reads.ts).
startFirstReads(window.location.hash);
