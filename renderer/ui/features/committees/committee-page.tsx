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
import { Link as RouterLink, useParams } from 'react-router';
import { db } from '../../../db/database';
import { formatClockTime, formatLongDate } from '../../../domain/en-gb';
import { committeeTypes, meetingStatuses, membershipRoles } from '../../../domain/model';
import { printedName } from '../../../domain/person-name';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';
import { NewMeetingForm } from '../meetings/new-meeting-form';

export function CommitteePage() {
  const { committeeId = '' } = useParams();
  const committee = useLiveQuery(() => db.committees.get(committeeId), [committeeId]);
  const members = useLiveQuery(async () => {
    const memberships = await db.memberships.where('committeeId').equals(committeeId).sortBy('order');
    const people = await db.people.bulkGet(memberships.map((membership) => membership.personId));
    return memberships.map((membership, index) => ({ membership, person: people[index] }));
  }, [committeeId]);
  const meetings = useLiveQuery(
    () => db.meetings.where('committeeId').equals(committeeId).sortBy('date'),
    [committeeId],
  );

  if (committee === undefined) return <Loading what="the committee" />;
  if (committee === null) return <Text>That committee no longer exists.</Text>;
  return (
    <Page title={committee.name}>
      <Text>
        {committeeTypes[committee.type]} · quorum {committee.quorum}
      </Text>
      <h2>Members</h2>
      {members === undefined ? (
        <Loading what="members" />
      ) : members.length === 0 ? (
        <Text>No members yet.</Text>
      ) : (
        <Table aria-label="Members">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Name</TableHeaderCell>
              <TableHeaderCell>Role</TableHeaderCell>
              <TableHeaderCell>Group or organisation</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.map(({ membership, person }) => (
              <TableRow key={membership.id}>
                <TableCell>{person ? printedName(person) : 'Unknown person'}</TableCell>
                <TableCell>{membershipRoles[membership.role]}</TableCell>
                <TableCell>{person?.group}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <h2>Meetings</h2>
      {meetings === undefined ? (
        <Loading what="meetings" />
      ) : meetings.length === 0 ? (
        <Text>No meetings yet.</Text>
      ) : (
        <Table aria-label="Meetings">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Date</TableHeaderCell>
              <TableHeaderCell>Time</TableHeaderCell>
              <TableHeaderCell>Venue</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {meetings.map((meeting) => (
              <TableRow key={meeting.id}>
                <TableCell>
                  <Link as="span" inline>
                    <RouterLink to={`/meetings/${meeting.id}`}>{formatLongDate(meeting.date)}</RouterLink>
                  </Link>
                </TableCell>
                <TableCell>{formatClockTime(meeting.startTime)}</TableCell>
                <TableCell>{meeting.venue}</TableCell>
                <TableCell>{meetingStatuses[meeting.status]}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <NewMeetingForm committee={committee} />
      <div>
        <Button as="a" href="#/">
          Back to committees
        </Button>
      </div>
    </Page>
  );
}
