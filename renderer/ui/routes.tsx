import { Route, Routes } from 'react-router';
import { AppShell, type NavEntry } from './shell/app-shell';
import { CommitteeListPage } from './features/committees/committee-list-page';
import { CommitteePage } from './features/committees/committee-page';
import { NewCommitteePage } from './features/committees/new-committee-page';
import { MeetingPage } from './features/meetings/meeting-page';
import { LiveMeetingPage } from './features/live-meeting/live-meeting-page';
import { ActionLogPage } from './features/documents/action-log-page';
import { TemplatesPage } from './features/templates/templates-page';

import { SearchPage } from './features/search/search-page';
import { ActionTrackerPage } from './features/actions/action-tracker-page';
import { MeetingActionListPage } from './features/actions/meeting-action-list-page';
import { ReportsPage } from './features/reports/reports-page';
/** The main sections in the top bar. Each feature adds its own entry here and its routes below. */
const sections: NavEntry[] = [
  { to: '/', label: 'Committees' },
  { to: '/settings/templates', label: 'Templates' },
  { to: '/search', label: 'Search' },
  { to: '/actions', label: 'Actions' },
  { to: '/reports', label: 'Reports' },
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
        <Route path="search" element={<SearchPage />} />
        <Route path="actions" element={<ActionTrackerPage />} />
        <Route path="actions/meeting/:meetingId" element={<MeetingActionListPage />} />
        <Route path="reports" element={<ReportsPage />} />
        <Route path="*" element={<CommitteeListPage />} />
      </Route>
    </Routes>
  );
}
