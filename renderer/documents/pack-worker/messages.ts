import type { AgendaPackData, AgendaPackOptions, PackProgress } from '../agenda-pack';

/** What the page posts to the pack worker: the data and which pack to build. */
export type BuildPackRequest = {
  kind: 'build';
  data: AgendaPackData;
  audience: AgendaPackOptions['audience'];
  edition: AgendaPackOptions['edition'];
};

/** What the worker posts back: progress while it works, then the pack's bytes or what went wrong. */
export type PackWorkerMessage =
  | { kind: 'progress'; progress: PackProgress }
  | { kind: 'done'; bytes: Uint8Array; warnings: string[] }
  | { kind: 'failed'; message: string };
