import { Link as FluentLink } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { db } from '../../../db/database';
import { formatLongDate } from '../../../domain/en-gb';
import { today } from './today';

/** The committee's next meeting, where its open actions come up as the action list item. */
export function NextMeetingLinks({ committeeId }: { committeeId: string }) {
  const next = useLiveQuery(
    () =>
      db.meetings
        .where('[committeeId+date]')
        .between([committeeId, today()], [committeeId, '\uffff'])
        .filter((meeting) => meeting.status !== 'cancelled')
        .first(),
    [committeeId],
  );
  if (!next) return null;
  return (
    <FluentLink as="span" inline>
      <Link to={`/actions/meeting/${next.id}`}>
        Action list for the next meeting, {formatLongDate(next.date)}
      </Link>
    </FluentLink>
  );
}
