import {
  Button,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { db } from '../../../db/database';
import { committeeTypes } from '../../../domain/model';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';
import { useFirstScreenShown } from '../../shell/first-screen';
import { ScreenLink } from '../../common/screen-link';
import { firstRunNeeded } from '../first-run/first-run-state';

/** The clerk's home: every committee, and the way to add one. */
export function CommitteeListPage() {
  const navigate = useNavigate();
  const committees = useLiveQuery(() => db.committees.orderBy('name').toArray(), []);
  // A fresh install opens on the first-run screen (organisation and first committee) unless skipped here.
  const firstRun = useLiveQuery(() => firstRunNeeded(), []);
  useFirstScreenShown(committees !== undefined);
  // A desktop menu command that needs a committee or meeting lands here when none is on screen.
  const [params] = useSearchParams();
  const menuHint = params.has('new-meeting')
    ? 'Choose the committee the new meeting is for.'
    : params.has('print-pack')
      ? 'Choose the committee, then the meeting whose agenda pack you want to print.'
      : undefined;
  if (firstRun) return <Navigate to="/welcome" replace />;
  return (
    <Page
      title="Committees"
      actions={
        <Button appearance="primary" onClick={() => void navigate('/committees/new')}>
          New committee
        </Button>
      }
    >
      {menuHint ? (
        <MessageBar intent="info">
          <MessageBarBody>{menuHint}</MessageBarBody>
        </MessageBar>
      ) : null}
      {committees === undefined || (committees.length === 0 && firstRun === undefined) ? (
        <Loading what="committees" />
      ) : committees.length === 0 ? (
        <Text>No committees yet. Start with “New committee”.</Text>
      ) : (
        <Table aria-label="Committees">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Name</TableHeaderCell>
              <TableHeaderCell>Type</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {committees.map((committee) => (
              <TableRow key={committee.id}>
                <TableCell>
                  <ScreenLink to={`/committees/${committee.id}`}>{committee.name}</ScreenLink>
                </TableCell>
                <TableCell>{committeeTypes[committee.type]}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Page>
  );
}
