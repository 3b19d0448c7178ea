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
  const committee = useLiveQuery(() => db.committees.get(committeeId), [committeeId]);

  if (committee === undefined) return <Loading what="the committee" />;
  if (committee === null) return <Text>That committee no longer exists.</Text>;
  return (
    <Page
      title={committee.name}
      actions={
        <>
          <Button as="a" href={`#/committees/${committee.id}/action-log`}>
            Action log
          </Button>
          <Button onClick={() => void navigate(`/committees/${committee.id}/edit`)}>Edit committee</Button>
        </>
      }
    >
      <Text>
        {committeeTypes[committee.type]} · quorum {committee.quorum} · usually{' '}
        {formatClockTime(committee.defaultStartTime)}
        {committee.defaultVenue ? `, ${committee.defaultVenue}` : ''} ·{' '}
        {minuteNumberingSchemes[committee.minuteNumbering]}
      </Text>
      <MembershipPanel committeeId={committee.id} />
      <CommitteeMeetings committee={committee} />
      <NewMeetingForm committee={committee} />
      <div>
        <Button as="a" href="#/">
          Back to committees
        </Button>
      </div>
    </Page>
  );
}
