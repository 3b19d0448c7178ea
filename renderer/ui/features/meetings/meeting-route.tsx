import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { MeetingPageData, loadMeetingPage as LoadMeetingPage } from '../../../db/read/meeting-page';
import type { LazyPage } from '../../shell/lazy-page';

export type FirstMeetingRead = MeetingPageData | null;

/**
 * The first read of a meeting page, shared by every render of the route until the page is on screen. React
 * renders a waiting route again when its read answers; the same promise must come back each time.
 */
const firstReads = new Map<string, Promise<FirstMeetingRead>>();

/** The read's code comes with the screen's (its own chunk): the start script stays as small as it was. */
let readModule: Promise<{ loadMeetingPage: typeof LoadMeetingPage }> | undefined;

function firstReadOf(meetingId: string, screen: LazyPage<{ first?: FirstMeetingRead }>) {
  let read = firstReads.get(meetingId);
  if (!read) {
    readModule ??= import('../../../db/read/meeting-page');
    const data = readModule.then(({ loadMeetingPage }) => loadMeetingPage(meetingId));
    read = Promise.all([data, screen.load()]).then(([page]) => page);
    firstReads.set(meetingId, read);
  }
  return read;
}

/**
 * The meeting page's route. Opening a meeting keeps the screen the clerk came from in view while the meeting,
 * its agenda and deadlines are read (one IndexedDB read, about 20 ms) and the screen's code is ready, then
 * draws the meeting page whole in one pass: no spinner drawn and laid out in between, and the old screen is
 * taken down in the same commit as the new one is put up. Navigation is a React transition (React Router),
 * and the Suspense boundary that waits is the one around every screen (shell/screen-boundary.tsx).
 */
export function meetingRoute(screen: LazyPage<{ first?: FirstMeetingRead }>) {
  function MeetingFor({ meetingId }: { meetingId: string }) {
    const [read] = useState(() => firstReadOf(meetingId, screen));
    const [first, setFirst] = useState<FirstMeetingRead>();
    useEffect(() => {
      let current = true;
      void read.then((page) => current && setFirst(page));
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
