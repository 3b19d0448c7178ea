import { Button, Text } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useParams } from 'react-router';
import { db } from '../../../db/database';
import { committeeTypes, minuteNumberingSchemes } from '../../../domain/model';
import { formatClockTime } from '../../../domain/en-gb';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';
import { NewMeetingForm } from '../meetings/new-meeting-form';
import { CommitteeMeetings } from './committee-meetings';
import { MembershipPanel } from './membership-panel';

export function CommitteePage() {
  const { committeeId = '' } = useParams();
  const navigate = useNavigate();
  const committee = useLiveQuery(async () => (await db.committees.get(committeeId)) ?? null, [committeeId]);

  if (committee === null) return <Text>That committee no longer exists.</Text>;
  // The meetings are read at the same time as the committee, not after it (one wait instead of two), and
  // keep their place in the page as the committee's details arrive.
  return (
    <Page
      title={committee?.name ?? 'Committee'}
      actions={
        committee ? (
          <>
            <Button as="a" href={`#/committees/${committee.id}/action-log`}>
              Action log
            </Button>
            <Button onClick={() => void navigate(`/committees/${committee.id}/edit`)}>Edit committee</Button>
          </>
        ) : undefined
      }
    >
      {committee ? (
        <Text>
          {committeeTypes[committee.type]} · quorum {committee.quorum} · usually{' '}
          {formatClockTime(committee.defaultStartTime)}
          {committee.defaultVenue ? `, ${committee.defaultVenue}` : ''} ·{' '}
          {minuteNumberingSchemes[committee.minuteNumbering]}
        </Text>
      ) : (
        <Loading what="the committee" />
      )}
      {committee ? <MembershipPanel committeeId={committee.id} /> : null}
      <CommitteeMeetings committeeId={committeeId} committeeName={committee?.name ?? ''} />
      {committee ? <NewMeetingForm committee={committee} /> : null}
      <div>
        <Button as="a" href="#/">
          Back to committees
        </Button>
      </div>
    </Page>
  );
}
