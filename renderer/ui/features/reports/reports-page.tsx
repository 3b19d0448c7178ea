import { Text } from '@fluentui/react-components';
import { toIsoDate } from '../../../domain/en-gb';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';
import { ActionsReport } from './actions-report';
import { AttendanceYearReport } from './attendance-year-report';
import { MemberRecordReport } from './member-record-report';
import { useReportData } from './use-report-data';

/** The figures councils publish: attendance by member and by committee, and how the action log stands. */
export function ReportsPage() {
  const data = useReportData();
  if (!data) return <Loading what="the figures" />;
  if (data.committees.length === 0) {
    return (
      <Page title="Reports">
        <Text>No committees yet: the reports fill in as meetings are held.</Text>
      </Page>
    );
  }
  return (
    <Page title="Reports">
      <AttendanceYearReport data={data} />
      <MemberRecordReport data={data} />
      <ActionsReport data={data} today={toIsoDate(new Date())} />
    </Page>
  );
}
