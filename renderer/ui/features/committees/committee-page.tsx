import { Button, Text } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, lazy } from 'react';
import { useNavigate, useParams } from 'react-router';
import { db } from '../../../db/database';
import { committeeTypes, minuteNumberingSchemes } from '../../../domain/model';
import { shownChoice, shownTime } from '../../../domain/shown-value';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';
import { StoredValue } from '../../common/stored-value';
import { useAfterFirstScreen } from '../../shell/first-screen';
import { UndoBar } from '../../common/undo-bar';
import { committeeUndoScope } from '../meetings/delete-meeting-dialog';
import { CommitteeMeetings } from './committee-meetings';
import { MembershipPanel } from './membership-panel';
import { useFirstReads } from './use-first-reads';

// The form's code (series of dates, bank holidays) is not needed to see the meetings: it loads after them.
const NewMeetingForm = lazy(async () => ({
  default: (await import('../meetings/new-meeting-form')).NewMeetingForm,
}));

export function CommitteePage() {
  const { committeeId = '' } = useParams();
  const navigate = useNavigate();
  const firstReads = useFirstReads(committeeId);
  const liveCommittee = useLiveQuery(
    async () => (await db.committees.get(committeeId)) ?? null,
    [committeeId],
  );
  // What the start read before React was running stands in until the live read answers.
  const committee = liveCommittee === undefined ? firstReads?.committee : liveCommittee;
  // The meetings are what the clerk came for: the forms and the membership (its own reads of every person on
  // record) come once they are on screen, below them, so nothing above the meetings moves when they arrive.
  const meetingsShown = useAfterFirstScreen();

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
          {/* A stored value Chamber cannot read is marked, to be corrected under "Edit committee". */}
          <StoredValue value={shownChoice(committeeTypes, committee.type)} field="Kind of committee" /> ·
          quorum {committee.quorum} · usually{' '}
          <StoredValue value={shownTime(committee.defaultStartTime)} field="Usual start time" />
          {committee.defaultVenue ? `, ${committee.defaultVenue}` : ''} ·{' '}
          <StoredValue
            value={shownChoice(minuteNumberingSchemes, committee.minuteNumbering)}
            field="Minute numbering"
          />
        </Text>
      ) : (
        <Loading what="the committee" />
      )}
      {/* A meeting deleted from its page can be brought back here, for the rest of the session. */}
      <UndoBar scope={committeeUndoScope(committeeId)} />
      <CommitteeMeetings
        committeeId={committeeId}
        committeeName={committee?.name ?? ''}
        firstReads={firstReads}
      />
      {committee && meetingsShown ? (
        <>
          <Suspense fallback={null}>
            <NewMeetingForm committee={committee} />
          </Suspense>
          <MembershipPanel committeeId={committee.id} />
        </>
      ) : null}
      <div>
        <Button as="a" href="#/">
          Back to committees
        </Button>
      </div>
    </Page>
  );
}
