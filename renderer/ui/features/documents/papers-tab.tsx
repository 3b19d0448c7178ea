import { Text } from '@fluentui/react-components';
import { Link } from 'react-router';
import { Loading } from '../../common/loading';
import { PublishMeetingSection } from '../publishing/publish-meeting-section';
import { MinutesRows } from './minutes-rows';
import type { PackBuilder } from './pack-build';
import { PackRows } from './pack-rows';
import { ReportCoverRow } from './report-cover-row';
import { usePapersSummary } from './use-papers-summary';

/**
 * The meeting's Word documents in one place: the agenda packs, the minutes, agenda and minutes, report covers,
 * and the way to the committee's action log. `buildPack` is the pack worker unless a test supplies its own.
 */
export function PapersTab({ meetingId, buildPack }: { meetingId: string; buildPack?: PackBuilder }) {
  const summary = usePapersSummary(meetingId);
  if (summary === undefined) return <Loading what="the papers" />;
  if (summary === null) return <Text>That meeting no longer exists.</Text>;
  return (
    <>
      <PackRows summary={summary} buildPack={buildPack} />
      <MinutesRows summary={summary} />
      <ReportCoverRow summary={summary} />
      <PublishMeetingSection meetingId={meetingId} />
      <section aria-label="Action log">
        <h2>Action log</h2>
        <Link to={`/committees/${summary.meeting.committeeId}/action-log`}>
          The committee's action log, filtered by status
        </Link>
        <br />
        <Text size={200}>
          Letterheads and house styles for these documents are set in{' '}
          <Link to="/settings/templates">Templates</Link>.
        </Text>
      </section>
    </>
  );
}
