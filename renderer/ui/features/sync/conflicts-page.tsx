import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { db } from '../../../db/database';
import { loadDeviceClock } from '../../../db/device';
import type { SyncConflict } from '../../../domain/model';
import { listOpenConflicts, signedConflictOf } from '../../../sync';
import { originOf } from '../../../sync/merge/knowledge';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';
import { ClockWarningMessage } from './clock-warning';
import { ConflictCard } from './conflict-card';
import { conflictLabel } from './conflict-label';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
});

/**
 * Every conflict still to settle: text changed on two laptops since they last matched. Both versions were
 * kept at import; here the clerk keeps one or writes a combined text, which then travels to the other laptop.
 */
export function ConflictsPage() {
  const styles = useStyles();
  const conflicts = useLiveQuery(async () => {
    const [open, peers, clock] = await Promise.all([
      listOpenConflicts(),
      db.syncPeers.toArray(),
      loadDeviceClock(db),
    ]);
    const names = new Map(peers.map((peer) => [peer.deviceId, peer.name]));
    const laptop = (deviceId: string) => names.get(deviceId) || deviceId;
    return Promise.all(
      open.map(async (conflict) => {
        const writer = originOf(conflict.localStamp);
        return {
          conflict,
          label: await conflictLabel(conflict),
          otherLaptop: laptop(conflict.remoteDeviceId),
          // A conflict carried here between two other laptops: neither version was written on this one.
          mineFrom: writer === clock.deviceId ? undefined : laptop(writer),
          now: await currentValue(conflict),
          signed: await signedConflictOf(conflict),
        };
      }),
    );
  }, []);
  return (
    <Page title="Sync conflicts" actions={<Link to="/sync">Back to Sync</Link>}>
      <ClockWarningMessage />
      {conflicts === undefined ? <Loading what="the conflicts" /> : null}
      {conflicts?.length === 0 ? <Text>No conflicts: everything imported has been merged.</Text> : null}
      {conflicts && conflicts.length > 0 ? (
        <>
          <Text>
            {conflicts.length} conflict{conflicts.length === 1 ? '' : 's'} to settle. The same text was
            changed on two laptops; both versions are kept until you choose.
          </Text>
          <div className={styles.list}>
            {conflicts.map(({ conflict, label, otherLaptop, mineFrom, now, signed }) => (
              <ConflictCard
                key={conflict.id}
                conflict={conflict}
                label={label}
                otherLaptop={otherLaptop}
                {...(mineFrom !== undefined && { mineFrom })}
                {...(now.changedSince && { now: now.value })}
                {...(signed && {
                  signed: { meetingDate: signed.meeting.date, minuteNumber: signed.minute?.number },
                })}
              />
            ))}
          </div>
        </>
      ) : null}
    </Page>
  );
}

/**
 * What the record holds now, and whether it differs from both versions: a clerk may have typed on past the
 * conflict, and keeping either version writes over that, so the card shows it first.
 */
async function currentValue(conflict: SyncConflict): Promise<{ value: unknown; changedSince: boolean }> {
  if (conflict.field === '*') return { value: undefined, changedSince: false };
  const record = (await db.table(conflict.table).get(conflict.recordId)) as
    Record<string, unknown> | undefined;
  const value = record?.[conflict.field];
  const same = (version: unknown) => JSON.stringify(version) === JSON.stringify(value);
  return {
    value,
    changedSince: record !== undefined && !same(conflict.localValue) && !same(conflict.remoteValue),
  };
}
