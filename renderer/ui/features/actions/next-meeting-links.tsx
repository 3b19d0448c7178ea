import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/database';
import { shownDate } from '../../../domain/shown-value';
import { StoredValue } from '../../common/stored-value';
import { today } from './today';
import { ScreenLink } from '../../common/screen-link';

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
    <ScreenLink to={`/actions/meeting/${next.id}`}>
      Action list for the next meeting, <StoredValue value={shownDate(next.date)} field="Date" />
    </ScreenLink>
  );
}
