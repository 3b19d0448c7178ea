import { sampleMeetingRecord } from '../sample/sample-meeting';
import { minutesBytes } from './minutes-bytes';

/**
 * Builds of the sample minutes before the first press, public and confidential in turn, so both paths' code is
 * compiled. Eight: measured in Node by CPU time on the benchmark's 40-item minutes (7 Dec, bench/documents-tools/
 * minutes-in-node.ts), the first real build after two sample builds still took 1.5-2x a later one (the JIT had not
 * yet optimised docx's writer), after six 1.1-1.4x and after eight 1.0x. The sample is small (about 30 ms of CPU a
 * build), each build is a task of its own at idle, and the warm-up stops at the clerk's first press.
 */
const warmUpBuilds = 8;

/**
 * Makes the built-in sample meeting's minutes a few times and throws them away, so that the first press of
 * "Save the minutes" runs the builders' code compiled and warmed by use, as every later press does (a first
 * build after a start took about twice as long as the next). Each build is a task of its own, and the warm-up
 * stops as soon as the clerk asks for real minutes (`asked`), so it never holds them up by more than one small
 * build. Nothing it makes is kept or shown; a failure here only means the first press is not warmed.
 *
 * @example void warmUpOnce(() => requestArrived);
 */
export async function warmUpOnce(asked: () => boolean): Promise<void> {
  const record = sampleMeetingRecord();
  for (let build = 0; build < warmUpBuilds; build += 1) {
    // A task boundary before each build: a request already posted is read first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (asked()) return;
    try {
      await minutesBytes({
        record,
        part: build % 2 === 1 ? 'B' : 'A',
        title: 'Minutes',
        template: undefined,
      });
    } catch {
      return;
    }
  }
}
