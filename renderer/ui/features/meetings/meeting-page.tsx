import { Badge, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useObservable } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { loadMeetingPage } from '../../../db/read/meeting-page';
import { numberAgenda } from '../../../domain/agenda-numbering';
import { meetingStatuses } from '../../../domain/model';
import { shownChoice, shownDate, shownText, shownTime } from '../../../domain/shown-value';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';
import { ScreenLink } from '../../common/screen-link';
import { SharedLiveQuery } from '../../common/shared-live-query';
import { StoredValue } from '../../common/stored-value';
import { AgendaBuilder } from '../agenda/agenda-builder';
import { AttendanceTab } from './attendance-tab';
import { CorrectMeetingForm } from './correct-meeting-form';
import { MeetingCommandBar } from './meeting-command-bar';
import { MeetingDeadlines } from './meeting-deadlines';
import type { MeetingRead } from './meeting-route';
import { MinutesTab, PapersTab, usePrefetchWhenIdle } from './meeting-later-tabs';

const useStyles = makeStyles({
  // One line under the title, as Outlook shows a meeting's time and place: the agenda stays above the fold.
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    marginTop: `calc(-1 * ${tokens.spacingVerticalS})`,
  },
});

const tabNames = ['agenda', 'attendance', 'minutes', 'papers'] as const;
type TabName = (typeof tabNames)[number];

/** One meeting: its agenda, who attended, and the minutes, with the minutes document one button away. */
export function MeetingPage({ read }: { read?: MeetingRead }) {
  const styles = useStyles();
  const { meetingId = '' } = useParams();
  // The desktop menu's "Print agenda pack" arrives as ?tab=papers; a tab the clerk picks wins until the
  // next such request.
  const [params] = useSearchParams();
  const asked = params.get('tab');
  // A search result arrives as ?minute=<id>: the minutes tab, scrolled to that minute.
  const minuteId = params.get('minute') ?? undefined;
  const askedTab = tabNames.includes(asked as TabName)
    ? (asked as TabName)
    : minuteId
      ? 'minutes'
      : undefined;
  const [choice, setChoice] = useState<{ asked: TabName | undefined; tab: TabName }>();
  const tab = choice && choice.asked === askedTab ? choice.tab : (askedTab ?? 'agenda');
  const setTab = (next: TabName) => setChoice({ asked: askedTab, tab: next });
  // One live read for the meeting, its committee, agenda and deadlines: the page draws once, with its agenda.
  // The route (meeting-route.tsx) starts it before the page is drawn; drawn on its own, the page starts it.
  const source = useMemo(
    () => read ?? new SharedLiveQuery(() => loadMeetingPage(meetingId)),
    [read, meetingId],
  );
  const page = useObservable(() => source, [source]);
  const agendaItems = page?.agendaItems;
  const numbered = useMemo(() => numberAgenda(agendaItems ?? []), [agendaItems]);
  // Business, not the standing items every meeting starts with: what makes an agenda ready for its pack.
  const businessItems = agendaItems?.filter((item) => !item.standingKind).length ?? 0;
  usePrefetchWhenIdle(Boolean(page));
  if (page === undefined) return <Loading what="the meeting" />;
  if (page === null) return <Text>That meeting no longer exists.</Text>;
  const { meeting, committee, rules } = page;
  return (
    <Page title={`${committee?.name ?? 'Meeting'}: ${shownText(shownDate(meeting.date), 'Date')}`}>
      <div className={styles.facts}>
        {/* A value Chamber cannot read is marked, not fatal: the form below corrects it. */}
        {/* The date is in the title; a date Chamber cannot read is marked here too, with where to correct it. */}
        {shownDate(meeting.date).valid ? null : (
          <Text>
            <StoredValue value={shownDate(meeting.date)} field="Date" fix="correct it below" />
          </Text>
        )}
        <Text>
          <StoredValue value={shownTime(meeting.startTime)} field="Start time" fix="correct it below" />
        </Text>
        <Text>{meeting.venue || 'Venue not set'}</Text>
        {/* A status reads as a status (a badge), never as a button. */}
        {shownChoice(meetingStatuses, meeting.status).valid ? (
          <Badge appearance="tint" color={meeting.status === 'cancelled' ? 'danger' : 'brand'}>
            {meetingStatuses[meeting.status]}
          </Badge>
        ) : (
          <Text>
            <StoredValue
              value={shownChoice(meetingStatuses, meeting.status)}
              field="Status"
              fix="correct it below"
            />
          </Text>
        )}
        {committee ? <ScreenLink to={`/committees/${committee.id}`}>{committee.name}</ScreenLink> : null}
      </div>
      <CorrectMeetingForm meeting={meeting} />
      <MeetingCommandBar
        meeting={meeting}
        committee={committee}
        businessItems={businessItems}
        openTab={setTab}
      />
      <TabList
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabName)}
        aria-label="Meeting"
      >
        <Tab value="agenda">Agenda</Tab>
        <Tab value="attendance">Attendance</Tab>
        <Tab value="minutes">Minutes</Tab>
        <Tab value="papers">Papers</Tab>
      </TabList>
      <section role="tabpanel" aria-label={tab}>
        {tab === 'agenda' ? (
          <>
            <MeetingDeadlines
              meeting={meeting}
              rules={rules}
              numbered={numbered}
              reportsToFollow={page.reportsToFollow}
            />
            {/* Shown whatever the meeting's day: with a day it cannot read, no item is late (agenda-builder.tsx). */}
            <AgendaBuilder meeting={meeting} numbered={numbered} rules={rules} />
          </>
        ) : null}
        {tab === 'attendance' ? <AttendanceTab meetingId={meeting.id} /> : null}
        {tab === 'minutes' ? <MinutesTab meetingId={meeting.id} focusMinuteId={minuteId} /> : null}
        {tab === 'papers' ? <PapersTab meetingId={meeting.id} /> : null}
      </section>
    </Page>
  );
}
