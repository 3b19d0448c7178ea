import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/database';
import { clockWarning } from '../../../db/device';
import { originOf } from '../../../sync/merge/knowledge';

const day = 24 * 60 * 60 * 1000;

/**
 * Said after an import whose changes were stamped more than a day ahead of this laptop's time: the other
 * laptop's clock is wrong. Its changes were merged, but this laptop's clock was not dragged forward to match,
 * so edits made here over them carry earlier stamps: each is kept as a conflict until the clerk chooses,
 * never dropped. Nothing shows when the last import's clocks agreed.
 */
export function ClockWarningMessage() {
  const warning = useLiveQuery(async () => {
    const found = await clockWarning(db);
    if (!found) return null;
    const deviceId = originOf(found.stamp);
    const peer = await db.syncPeers.get(deviceId);
    return { laptop: peer?.name || deviceId, days: Math.max(1, Math.round(found.aheadBy / day)) };
  }, []);
  if (!warning) return null;
  const days = `${warning.days} day${warning.days === 1 ? '' : 's'}`;
  return (
    <MessageBar intent="warning" role="status">
      <MessageBarBody>
        <MessageBarTitle>
          The clock on {warning.laptop} is {days} ahead
        </MessageBarTitle>
        Its changes were imported, but this laptop keeps its own time. Edits made here over them are kept as
        conflicts for you to settle, not lost. Ask for the date and time on {warning.laptop} to be put right.
      </MessageBarBody>
    </MessageBar>
  );
}
