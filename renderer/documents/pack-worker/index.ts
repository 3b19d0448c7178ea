export type {
  BuildMeetingPackRequest,
  BuildPackRequest,
  PackFile,
  PackFileForm,
  PackRequest,
  PackWorkerMessage,
} from './messages';
export { isPackMessage, packMessageTag } from './messages';
export type { MadePack, PackWorkerHandle } from './build-pack-in-worker';
export { askPackWorker, buildPackInWorker, silenceLimitMs, startPackWorker } from './build-pack-in-worker';
