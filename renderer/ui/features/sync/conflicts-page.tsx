import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { db } from '../../../db/database';
import { listOpenConflicts } from '../../../sync';
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
    const [open, peers] = await Promise.all([listOpenConflicts(), db.syncPeers.toArray()]);
    const names = new Map(peers.map((peer) => [peer.deviceId, peer.name]));
    return Promise.all(
      open.map(async (conflict) => ({
        conflict,
        label: await conflictLabel(conflict),
        otherLaptop: names.get(conflict.remoteDeviceId) || conflict.remoteDeviceId,
      })),
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
            {conflicts.map(({ conflict, label, otherLaptop }) => (
              <ConflictCard key={conflict.id} conflict={conflict} label={label} otherLaptop={otherLaptop} />
            ))}
          </div>
        </>
      ) : null}
    </Page>
  );
}
