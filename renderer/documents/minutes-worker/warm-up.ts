import { sampleMeetingRecord } from '../sample/sample-meeting';
import { minutesBytes } from './minutes-bytes';

/**
 * Builds of the sample minutes before the first press: the public then the confidential minutes, so both paths'
 * code is compiled. Kept to two: every start of the page on a meeting pays for them (on 2 cores, beside the page).
 */
const warmUpBuilds = 2;

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
      await minutesBytes({ record, part: build === 1 ? 'B' : 'A', title: 'Minutes', template: undefined });
    } catch {
      return;
    }
  }
}
