import { Route, Routes } from 'react-router';
import { AppShell, type NavEntry } from './shell/app-shell';
import { CommitteeListPage } from './features/committees/committee-list-page';
import { CommitteePage } from './features/committees/committee-page';
import { NewCommitteePage } from './features/committees/new-committee-page';
import { MeetingPage } from './features/meetings/meeting-page';
import { LiveMeetingPage } from './features/live-meeting/live-meeting-page';
import { ActionLogPage } from './features/documents/action-log-page';
import { TemplatesPage } from './features/templates/templates-page';
import { EditCommitteePage } from './features/committees/edit-committee-page';
import { PeoplePage } from './features/people/people-page';
import { PersonPage } from './features/people/person-page';
import { ImportPeoplePage } from './features/people/import-people-page';
import { SettingsPage } from './features/settings/settings-page';
import { CalendarPage } from './features/calendar/calendar-page';

import { SearchPage } from './features/search/search-page';
import { ActionTrackerPage } from './features/actions/action-tracker-page';
import { MeetingActionListPage } from './features/actions/meeting-action-list-page';
import { ReportsPage } from './features/reports/reports-page';
import { SyncPage } from './features/sync/sync-page';
import { ConflictsPage } from './features/sync/conflicts-page';
import { KeyboardShortcutsPage } from './shell/keyboard-shortcuts-page';
/** The main sections in the top bar. Each feature adds its own entry here and its routes below. */
const sections: NavEntry[] = [
  { to: '/', label: 'Committees' },
  { to: '/calendar', label: 'Calendar' },
  { to: '/people', label: 'People' },
  { to: '/settings/templates', label: 'Templates' },
  { to: '/settings', label: 'Settings' },
  { to: '/search', label: 'Search' },
  { to: '/actions', label: 'Actions' },
  { to: '/reports', label: 'Reports' },
  { to: '/sync', label: 'Sync' },
];

export function AppRoutes() {
  return (
    <Routes>
      <Route path="meetings/:meetingId/live" element={<LiveMeetingPage />} />
      <Route element={<AppShell sections={sections} />}>
        <Route index element={<CommitteeListPage />} />
        <Route path="committees/new" element={<NewCommitteePage />} />
        <Route path="committees/:committeeId" element={<CommitteePage />} />
        <Route path="meetings/:meetingId" element={<MeetingPage />} />
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
        <Route path="help/keyboard" element={<KeyboardShortcutsPage />} />
        <Route path="*" element={<CommitteeListPage />} />
      </Route>
    </Routes>
  );
}
