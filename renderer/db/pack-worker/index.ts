export type { PackNaming, PackToBuild } from './read-pack';
export { explainPackFailure, readPackNaming, readPackToBuild } from './read-pack';
export { buildMeetingPackInWorker, preloadPackWorker } from './meeting-pack-in-worker';
