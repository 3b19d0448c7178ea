import { loadArchive } from './load-archive';
import {
  makeFortyItemMeeting,
  openMeetingTimes,
  rawCursor,
  rawMeetingReads,
  rawMinutesScan,
  searchTimes,
} from './in-page';

/**
 * The archive tools, bundled on their own and evaluated in a page of Chamber's origin by the end-to-end tests,
 * the generator command and the benchmark. Never part of the shipped app.
 */
export const archiveTools = {
  loadArchive,
  makeFortyItemMeeting,
  openMeetingTimes,
  rawCursor,
  rawMeetingReads,
  rawMinutesScan,
  searchTimes,
};
export type ArchiveTools = typeof archiveTools;

(globalThis as unknown as { chamberArchive: ArchiveTools }).chamberArchive = archiveTools;
