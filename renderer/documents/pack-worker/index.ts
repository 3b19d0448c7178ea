export type { BuildPackRequest, PackWorkerMessage } from './messages';
export { isPackMessage, packMessageTag } from './messages';
export type { PackWorkerHandle } from './build-pack-in-worker';
export { buildPackInWorker, silenceLimitMs, startPackWorker } from './build-pack-in-worker';
