export type { BuildPackRequest, PackWorkerMessage } from './messages';
export type { PackWorkerHandle } from './build-pack-in-worker';
export { buildPackInWorker, startPackWorker } from './build-pack-in-worker';
