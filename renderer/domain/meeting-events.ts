import type { MeetingEvent, MeetingEventKind } from './model';

/**
 * Within one minute of the clock (events are stamped to the minute), the order things can happen in a meeting:
 * it starts before anything else, the public are readmitted after they were excluded and before the close.
 */
const placeInAMinute: Record<MeetingEventKind, number> = {
  started: 0,
  resumed: 1,
  orderVaried: 2,
  publicExcluded: 3,
  publicReadmitted: 4,
  adjourned: 5,
  closed: 6,
};

/**
 * A meeting's events in the order they happened: by time, and within the same minute by the order a meeting
 * allows (the Events list showed the close before the readmission that came first, both at 9.20 pm).
 *
 * @example
 *   inOrderOfHappening([closed('21:20'), readmitted('21:20')]); // readmitted, then closed
 */
export function inOrderOfHappening<T extends Pick<MeetingEvent, 'at' | 'kind'>>(events: readonly T[]): T[] {
  return [...events].sort((a, b) =>
    a.at === b.at ? placeInAMinute[a.kind] - placeInAMinute[b.kind] : a.at < b.at ? -1 : 1,
  );
}
