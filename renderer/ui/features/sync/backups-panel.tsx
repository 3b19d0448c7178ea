import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { backupNow } from '../../../sync';
import { readBackupsKept, readBackupStatus, recordBackupMade } from '../../../sync/folder/backup-status';
import { ErrorMessage, withoutWebAddresses } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { BackupList } from './backup-list';
import { backupMadeWords } from './backup-words';
import { FolderLine } from './folder-line';
import { KeepBackupsField } from './keep-backups-field';
import { useFolder } from './use-folder';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

/**
 * Full copies of everything in a local folder, made once a day while Chamber is open (daily-backups.tsx) and
 * on demand, the last N kept. Restoring is an import with a preview: it brings back what is missing and never
 * overwrites newer work.
 */
export function BackupsPanel() {
  const styles = useStyles();
  const folder = useFolder('backups');
  const status = useLiveQuery(() => readBackupStatus(), []);
  // Bumped after a backup so the list is read again.
  const [listed, setListed] = useState(0);
  const [backUp, backingUp] = useAction(async () => {
    if (!folder.usable) return;
    const name = await backupNow(folder.usable.folder, { keep: await readBackupsKept() });
    await recordBackupMade(name, folder.usable.where);
    setListed((count) => count + 1);
  });
  return (
    <div className={styles.panel}>
      <FolderLine kind="backups" folder={folder} />
      <Text>
        {status?.lastMade
          ? `Last backup: ${backupMadeWords(new Date(status.lastMade.at))}, in ${status.lastMade.where}.`
          : 'No backup made on this laptop yet.'}{' '}
        A backup is made each day while Chamber is open, when you are not typing.
      </Text>
      {status?.problem ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>
              The daily backup of {backupMadeWords(new Date(status.problem.at))} was not made
            </MessageBarTitle>
            {withoutWebAddresses(status.problem.message)} Chamber tries again within the hour; you can also
            back up now.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <KeepBackupsField />
      {/* Drawn once the folder is known, never faded from disabled to enabled as the screen opens. */}
      {folder.folder.state === 'loading' ? null : (
        <Button
          appearance="primary"
          disabled={!folder.usable || backingUp.busy}
          onClick={() => void backUp()}
        >
          Back up now
        </Button>
      )}
      <ErrorMessage error={backingUp.error} title="The backup did not work" />
      {folder.usable ? (
        // Read the list again after each backup, the daily one made in the background included.
        <BackupList folder={folder.usable.folder} listed={`${listed} ${status?.lastMade?.name ?? ''}`} />
      ) : null}
    </div>
  );
}
