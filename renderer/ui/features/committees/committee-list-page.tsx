import {
  Button,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link as RouterLink, useNavigate } from 'react-router';
import { db } from '../../../db/database';
import { committeeTypes } from '../../../domain/model';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';

/** The clerk's home: every committee, and the way to add one. */
export function CommitteeListPage() {
  const navigate = useNavigate();
  const committees = useLiveQuery(() => db.committees.orderBy('name').toArray(), []);
  return (
    <Page
      title="Committees"
      actions={
        <Button appearance="primary" onClick={() => void navigate('/committees/new')}>
          New committee
        </Button>
      }
    >
      {committees === undefined ? (
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
                  <Link as="span" inline>
                    <RouterLink to={`/committees/${committee.id}`}>{committee.name}</RouterLink>
                  </Link>
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
