import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { MeetingPageData, loadMeetingPage as LoadMeetingPage } from '../../../db/read/meeting-page';
import type { LazyPage } from '../../shell/lazy-page';

export type FirstMeetingRead = MeetingPageData | null;

/**
 * The first read of a meeting page, shared by every render of the route until the page is on screen: React
 * may draw a route more than once before it commits it (and twice in development), and each must find the
 * same read rather than start another.
 */
const firstReads = new Map<string, Promise<FirstMeetingRead>>();

/** The read's code comes with the screen's (its own chunk): the start script stays as small as it was. */
let readModule: Promise<{ loadMeetingPage: typeof LoadMeetingPage }> | undefined;

function firstReadOf(meetingId: string, screen: LazyPage<{ first?: FirstMeetingRead }>) {
  let read = firstReads.get(meetingId);
  if (!read) {
    readModule ??= import('../../../db/read/meeting-page');
    const data = readModule.then(({ loadMeetingPage }) => loadMeetingPage(meetingId));
    const made: Promise<FirstMeetingRead> = Promise.all([data, screen.load()]).then(([page]) => page);
    firstReads.set(meetingId, made);
    // A route drawn but never put on screen (the clerk moved on first) leaves its read here: it must not
    // stand in for a later open of the same meeting, so it goes a moment after it answers either way.
    const forget = () =>
      setTimeout(() => {
        if (firstReads.get(meetingId) === made) firstReads.delete(meetingId);
      }, 1000);
    made.then(forget, forget);
    read = made;
  }
  return read;
}

/**
 * The meeting page's route. The meeting, its agenda and deadlines are read (one IndexedDB read, about 20 ms)
 * from the moment the route is drawn, while React takes the screen before it down and the browser lays out the
 * new one, rather than from the page's first commit: the page then draws its agenda as soon as the read
 * answers, and its own live query keeps it up to date from there. Measured on the 40-item meeting of the
 * archive benchmark, this took the open from about 50 to about 40 ms (median).
 *
 * Tried and not kept: waiting for the read in a Suspense transition, so the screen before stays in view until
 * the meeting draws whole. Opens took 130-200 ms: React holds a suspended transition back on purpose, and the
 * committee page went on drawing meanwhile.
 */
export function meetingRoute(screen: LazyPage<{ first?: FirstMeetingRead }>) {
  function MeetingFor({ meetingId }: { meetingId: string }) {
    const [read] = useState(() => firstReadOf(meetingId, screen));
    const [first, setFirst] = useState<FirstMeetingRead>();
    useEffect(() => {
      let current = true;
      // A failed read is the live query's to report (the screen's error boundary shows it).
      read.then(
        (page) => current && setFirst(page),
        () => undefined,
      );
      // On screen: the page's live query keeps it up to date from here, and the next open reads afresh.
      if (firstReads.get(meetingId) === read) firstReads.delete(meetingId);
      return () => {
        current = false;
      };
    }, [meetingId, read]);
    const Screen = screen;
    return <Screen first={first} />;
  }
  return function MeetingRoute() {
    const { meetingId = '' } = useParams();
    return <MeetingFor key={meetingId} meetingId={meetingId} />;
  };
}
