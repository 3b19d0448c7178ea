export type { MadeMinutes } from './messages';
export { makeMeetingMinutes } from './make-minutes';
export { makeMinutesInWorker, preloadMinutesWorker } from './minutes-in-worker';
