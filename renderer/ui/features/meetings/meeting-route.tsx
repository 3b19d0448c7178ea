import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { MeetingPageData, loadMeetingPage as LoadMeetingPage } from '../../../db/read/meeting-page';
import { SharedLiveQuery } from '../../common/shared-live-query';
import { Loading } from '../../common/loading';
import type { LazyPage } from '../../shell/lazy-page';
import { afterFirstScreen } from '../../shell/first-screen';

/** The meeting page's live read, started by its route and taken over by the page. */
export type MeetingRead = SharedLiveQuery<MeetingPageData | null>;

/**
 * The read of a meeting page being opened, shared by every render of the route until the page is on screen:
 * React may draw a route more than once before it commits it (and twice in development), and each must find
 * the same read rather than start another.
 */
const opening = new Map<string, MeetingRead>();

/** The read's code comes with the screen's (its own chunk): the start script stays as small as it was. */
let readModule: Promise<{ loadMeetingPage: typeof LoadMeetingPage }> | undefined;

/**
 * Fetch and run the meeting screen's code and its read's as soon as the first screen is on screen, not at the
 * browser's next idle moment: on a busy laptop that moment came seconds later, or after the clerk's first
 * click on a meeting, and the first open after a start then waited for the code (about 300 ms at a load of
 * 20, against 140 ms for later opens).
 */
function preloadOnStart(screen: LazyPage<{ read?: MeetingRead }>): void {
  void afterFirstScreen().then(() => {
    screen.preload();
    readModule ??= import('../../../db/read/meeting-page');
  });
}

function readOf(meetingId: string, screen: LazyPage<{ read?: MeetingRead }>) {
  let read = opening.get(meetingId);
  if (!read) {
    screen.preload();
    readModule ??= import('../../../db/read/meeting-page');
    const made: MeetingRead = new SharedLiveQuery(
      readModule.then(
        ({ loadMeetingPage }) =>
          () =>
            loadMeetingPage(meetingId),
      ),
    ).start();
    opening.set(meetingId, made);
    // A route drawn but never put on screen (the clerk moved on first) leaves its read here: it must not stand
    // in for a later open of the same meeting, so it goes after a second either way (and the query stops).
    setTimeout(() => {
      if (opening.get(meetingId) === made) opening.delete(meetingId);
    }, 1000);
    read = made;
  }
  return read;
}

/**
 * The meeting page's route. The meeting, its agenda and deadlines are read (one IndexedDB read, about 20 ms)
 * from the moment the route is drawn, while React takes the screen before it down and the browser lays out the
 * new one, rather than from the page's first commit. The read is a live query the page takes over
 * (common/shared-live-query.ts): the page draws its agenda as soon as the read answers, stays up to date from
 * there, and the meeting is read once per open. Measured on the 40-item meeting of the archive benchmark, the
 * early read took the open from about 50 to about 40 ms (median); sharing it removed the page's second read.
 *
 * Tried and not kept: waiting for the read in a Suspense transition, so the screen before stays in view until
 * the meeting draws whole. Opens took 130-200 ms: React holds a suspended transition back on purpose, and the
 * committee page went on drawing meanwhile.
 */
export function meetingRoute(screen: LazyPage<{ read?: MeetingRead }>) {
  preloadOnStart(screen);
  function MeetingFor({ meetingId }: { meetingId: string }) {
    const [read] = useState(() => readOf(meetingId, screen));
    const [ready, setReady] = useState(false);
    useEffect(() => {
      // On screen: the route watches the read from here (the page too, once drawn), and the next open reads
      // afresh.
      if (opening.get(meetingId) === read) opening.delete(meetingId);
      let current = true;
      let answered = false;
      // A failed read draws the page too: its live query reports the failure (the screen's error boundary).
      const settle = () => {
        if (answered) return;
        answered = true;
        const draw = () => current && setReady(true);
        screen.load().then(draw, draw);
      };
      const watching = read.subscribe(settle, settle);
      return () => {
        current = false;
        watching.unsubscribe();
      };
    }, [meetingId, read]);
    // The page is drawn once its code and its read are both in, in one pass with its agenda. Drawn as soon as
    // its code arrived (waiting in a Suspense boundary, then drawing again when the read answered), the first
    // open after a start took 320-400 ms; drawn once both are in, 110-200 ms.
    if (!ready) return <Loading what="the meeting" />;
    const Screen = screen;
    return <Screen read={read} />;
  }
  return function MeetingRoute() {
    const { meetingId = '' } = useParams();
    return <MeetingFor key={meetingId} meetingId={meetingId} />;
  };
}
