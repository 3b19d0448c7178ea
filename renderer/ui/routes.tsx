import {
  ArrowSync20Regular,
  Calendar20Regular,
  CalendarLtr20Regular,
  Gavel20Regular,
  DataBarVertical20Regular,
  DocumentText20Regular,
  Globe20Regular,
  Keyboard20Regular,
  People20Regular,
  PeopleTeam20Regular,
  Search20Regular,
  Settings20Regular,
  TaskListLtr20Regular,
} from '@fluentui/react-icons';
import { Route, Routes } from 'react-router';
import { AppShell, type NavEntry } from './shell/app-shell';
import { lazyPage } from './shell/lazy-page';
import { KeyboardShortcutsPage } from './shell/keyboard-shortcuts-page';
import { CommitteeListPage } from './features/committees/committee-list-page';
import { CommitteePage } from './features/committees/committee-page';
import { meetingRoute } from './features/meetings/meeting-route';
// The first screens load with the app; the others when first opened (see shell/lazy-page.tsx).
const NewCommitteePage = lazyPage(
  () => import('./features/committees/new-committee-page'),
  'NewCommitteePage',
);
const MeetingPage = lazyPage(() => import('./features/meetings/meeting-page'), 'MeetingPage');
const MeetingRoute = meetingRoute(MeetingPage);
const LiveMeetingPage = lazyPage(
  () => import('./features/live-meeting/live-meeting-page'),
  'LiveMeetingPage',
);
const ActionLogPage = lazyPage(() => import('./features/documents/action-log-page'), 'ActionLogPage');
const TemplatesPage = lazyPage(() => import('./features/templates/templates-page'), 'TemplatesPage');
const EditCommitteePage = lazyPage(
  () => import('./features/committees/edit-committee-page'),
  'EditCommitteePage',
);
const PeoplePage = lazyPage(() => import('./features/people/people-page'), 'PeoplePage');
const PersonPage = lazyPage(() => import('./features/people/person-page'), 'PersonPage');
const ImportPeoplePage = lazyPage(() => import('./features/people/import-people-page'), 'ImportPeoplePage');
const SettingsPage = lazyPage(() => import('./features/settings/settings-page'), 'SettingsPage');
const CalendarPage = lazyPage(() => import('./features/calendar/calendar-page'), 'CalendarPage');

const FirstRunPage = lazyPage(() => import('./features/first-run/first-run-page'), 'FirstRunPage');
const SearchPage = lazyPage(() => import('./features/search/search-page'), 'SearchPage');
const ActionTrackerPage = lazyPage(
  () => import('./features/actions/action-tracker-page'),
  'ActionTrackerPage',
);
const MeetingActionListPage = lazyPage(
  () => import('./features/actions/meeting-action-list-page'),
  'MeetingActionListPage',
);
const ReportsPage = lazyPage(() => import('./features/reports/reports-page'), 'ReportsPage');
const SyncPage = lazyPage(() => import('./features/sync/sync-page'), 'SyncPage');
const ConflictsPage = lazyPage(() => import('./features/sync/conflicts-page'), 'ConflictsPage');
const DecisionPage = lazyPage(() => import('./features/decisions/decision-page'), 'DecisionPage');
const IndividualDecisionsPage = lazyPage(
  () => import('./features/decisions/individual-decisions-page'),
  'IndividualDecisionsPage',
);
const IndividualDecisionPage = lazyPage(
  () => import('./features/decisions/individual-decision-page'),
  'IndividualDecisionPage',
);
const ForwardPlanPage = lazyPage(() => import('./features/decisions/forward-plan-page'), 'ForwardPlanPage');
const PublishingPage = lazyPage(() => import('./features/publishing/publishing-page'), 'PublishingPage');
/** The main sections in the navigation pane. Each feature adds its own entry here and its routes below. */
const sections: NavEntry[] = [
  { to: '/', label: 'Committees', icon: <PeopleTeam20Regular />, also: ['/committees', '/meetings'] },
  { to: '/calendar', label: 'Calendar', icon: <Calendar20Regular /> },
  { to: '/people', label: 'People', icon: <People20Regular /> },
  { to: '/search', label: 'Search', icon: <Search20Regular /> },
  { to: '/actions', label: 'Actions', icon: <TaskListLtr20Regular /> },
  { to: '/reports', label: 'Reports', icon: <DataBarVertical20Regular /> },
  { to: '/sync', label: 'Sync', icon: <ArrowSync20Regular /> },
  { to: '/publishing', label: 'Publishing', icon: <Globe20Regular /> },
  { to: '/decisions', label: 'Individual decisions', icon: <Gavel20Regular /> },
  { to: '/forward-plan', label: 'Forward plan', icon: <CalendarLtr20Regular /> },
  { to: '/settings/templates', label: 'Templates', icon: <DocumentText20Regular /> },
  { to: '/settings', label: 'Settings', icon: <Settings20Regular /> },
  { to: '/help/keyboard', label: 'Shortcuts (F1)', icon: <Keyboard20Regular /> },
];

export function AppRoutes() {
  return (
    <Routes>
      <Route path="meetings/:meetingId/live" element={<LiveMeetingPage />} />
      <Route element={<AppShell sections={sections} preload={[MeetingPage.preload]} />}>
        <Route index element={<CommitteeListPage />} />
        <Route path="committees/new" element={<NewCommitteePage />} />
        <Route path="committees/:committeeId" element={<CommitteePage />} />
        <Route path="meetings/:meetingId" element={<MeetingRoute />} />
        <Route path="committees/:committeeId/action-log" element={<ActionLogPage />} />
        <Route path="settings/templates" element={<TemplatesPage />} />
        <Route path="committees/:committeeId/edit" element={<EditCommitteePage />} />
        <Route path="people" element={<PeoplePage />} />
        <Route path="people/import" element={<ImportPeoplePage />} />
        <Route path="people/:personId" element={<PersonPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="calendar" element={<CalendarPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="actions" element={<ActionTrackerPage />} />
        <Route path="actions/meeting/:meetingId" element={<MeetingActionListPage />} />
        <Route path="reports" element={<ReportsPage />} />
        <Route path="sync" element={<SyncPage />} />
        <Route path="sync/conflicts" element={<ConflictsPage />} />
        <Route path="publishing" element={<PublishingPage />} />
        <Route path="meetings/:meetingId/items/:itemId/decision" element={<DecisionPage />} />
        <Route path="decisions" element={<IndividualDecisionsPage />} />
        <Route path="decisions/:decisionId" element={<IndividualDecisionPage />} />
        <Route path="forward-plan" element={<ForwardPlanPage />} />
        <Route path="help/keyboard" element={<KeyboardShortcutsPage />} />
        <Route path="welcome" element={<FirstRunPage />} />
        <Route path="*" element={<CommitteeListPage />} />
      </Route>
    </Routes>
  );
}
