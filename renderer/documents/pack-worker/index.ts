export type { BuildMeetingPackRequest, BuildPackRequest, PackRequest, PackWorkerMessage } from './messages';
export { isPackMessage, packMessageTag } from './messages';
export type { PackWorkerHandle } from './build-pack-in-worker';
export { askPackWorker, buildPackInWorker, silenceLimitMs, startPackWorker } from './build-pack-in-worker';
