import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';
import { db } from '../../../db/database';
import { actionsForReview, isOverdue } from '../../../domain/action-status';
import { shownChoice, shownDate, shownText } from '../../../domain/shown-value';
import { StoredValue } from '../../common/stored-value';
import { actionStatuses } from '../../../domain/model';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';
import { OutcomeForm } from './outcome-form';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalM },
});

/**
 * The "Action List from the Previous Meeting" item of a meeting: the committee's actions still outstanding from
 * earlier meetings, each with its outcome recorded here, dated to this meeting.
 */
export function MeetingActionListPage() {
  const styles = useStyles();
  const { meetingId = '' } = useParams();
  const data = useLiveQuery(async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) return null;
    const [committee, actions, meetings, item] = await Promise.all([
      db.committees.get(meeting.committeeId),
      db.actions.where('committeeId').equals(meeting.committeeId).toArray(),
      db.meetings.where('committeeId').equals(meeting.committeeId).toArray(),
      db.agendaItems
        .where('meetingId')
        .equals(meetingId)
        .filter((entry) => entry.standingKind === 'actionList')
        .first(),
    ]);
    const byId = new Map(meetings.map((entry) => [entry.id, entry]));
    return { meeting, committee, item, meetings: byId, actions: actionsForReview(actions, meeting, byId) };
  }, [meetingId]);
  if (data === undefined) return <Loading what="the action list" />;
  if (data === null) return <Text>That meeting no longer exists.</Text>;
  const { meeting, committee, item, actions, meetings } = data;
  return (
    <Page
      title={`${item?.title ?? 'Action List from the Previous Meeting'}: ${shownText(shownDate(meeting.date), 'Date')}`}
    >
      <Text>
        {committee?.name} · <Link to={`/meetings/${meeting.id}`}>open the meeting</Link>
      </Text>
      {actions.length === 0 ? (
        <Text>No actions are outstanding from earlier meetings.</Text>
      ) : (
        <ol className={styles.list} aria-label="Actions to review">
          {actions.map((action) => (
            <li key={action.id} className={styles.item}>
              <Text weight="semibold" block>
                {action.text}
              </Text>
              <Text as="p">
                Agreed{' '}
                <StoredValue
                  value={shownDate(meetings.get(action.meetingId)?.date ?? meeting.date, 'numeric')}
                  field="Date"
                />
                {action.ownerText ? ` · ${action.ownerText}` : ''}
                {action.due ? (
                  <>
                    {' · due '}
                    <StoredValue value={shownDate(action.due, 'numeric')} field="Due date" />
                  </>
                ) : null}{' '}
                · <StoredValue value={shownChoice(actionStatuses, action.status)} field="Status" />{' '}
                {isOverdue(action, meeting.date) ? (
                  <Badge color="danger" size="small">
                    Overdue
                  </Badge>
                ) : null}
              </Text>
              <OutcomeForm action={action} on={meeting.date} label="Outcome at this meeting" />
            </li>
          ))}
        </ol>
      )}
    </Page>
  );
}
