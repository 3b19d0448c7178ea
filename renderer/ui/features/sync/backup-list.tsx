import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { applyImport, previewRestore, type ImportPreview, type SyncFolder } from '../../../sync';
import { listBackupEntries, type BackupEntry } from '../../../sync/folder/backups';
import { ErrorMessage, messageOf } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { backupMadeWords, sizeWords } from './backup-words';
import { ImportPreviewView } from './import-preview';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

/**
 * The backups in the folder, newest first, each with "Restore from backup": the import preview shows what
 * restoring would add or update before anything is written, and Apply goes through the ordinary import.
 */
export function BackupList({ folder, listed }: { folder: SyncFolder; listed: string }) {
  const styles = useStyles();
  const [backups, setBackups] = useState<BackupEntry[] | undefined>();
  const [listError, setListError] = useState<string | undefined>();
  const [restoring, setRestoring] = useState<{ entry: BackupEntry; preview: ImportPreview } | undefined>();
  const [restored, setRestored] = useState<string | undefined>();
  useEffect(() => {
    let current = true;
    listBackupEntries(folder)
      .then((entries) => {
        if (!current) return;
        setBackups(entries.reverse());
        setListError(undefined);
      })
      .catch((error: unknown) => current && setListError(messageOf(error)));
    return () => {
      current = false;
    };
  }, [folder, listed]);
  const [preview, previewing] = useAction(async (entry: BackupEntry) => {
    setRestored(undefined);
    setRestoring({ entry, preview: await previewRestore(folder, entry.name) });
  });
  const [restore, applying] = useAction(async () => {
    if (!restoring) return;
    const result = await applyImport(restoring.preview);
    setRestoring(undefined);
    setRestored(
      `Restored from the backup of ${backupMadeWords(restoring.entry.madeAt)}: ${result.added} added, ${result.updated} updated.`,
    );
  });
  return (
    <>
      <ErrorMessage error={listError} title="The backups could not be listed" />
      <ErrorMessage error={previewing.error ?? applying.error} title="The backup could not be restored" />
      {restored ? (
        <MessageBar intent="success">
          <MessageBarBody>{restored}</MessageBarBody>
        </MessageBar>
      ) : null}
      {backups?.length === 0 ? <Text>No backups in this folder yet.</Text> : null}
      {backups && backups.length > 0 ? (
        <ul aria-label="Backups">
          {backups.map((entry) => (
            <li key={entry.name} className={styles.row}>
              <Text>
                {backupMadeWords(entry.madeAt)}
                {entry.size === undefined ? '' : `, ${sizeWords(entry.size)}`}
              </Text>
              <Button
                size="small"
                disabled={previewing.busy || applying.busy}
                aria-label={`Restore from the backup of ${backupMadeWords(entry.madeAt)}`}
                onClick={() => void preview(entry)}
              >
                Restore from backup
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {restoring ? (
        <ImportPreviewView
          preview={restoring.preview}
          busy={applying.busy}
          onApply={() => void restore()}
          onCancel={() => setRestoring(undefined)}
        />
      ) : null}
    </>
  );
}
