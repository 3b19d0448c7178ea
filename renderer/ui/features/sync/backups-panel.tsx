import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { applyImport, backupNow, listBackups, previewRestore, type ImportPreview } from '../../../sync';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { directoryFolder, pickFolder } from './directory-folder';
import { pickedFolder, rememberFolder } from './folder-handles';
import { ImportPreviewView } from './import-preview';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

/**
 * Full copies of everything in a local folder, the last seven kept. Restoring is an import with a preview:
 * it brings back what is missing and never overwrites newer work.
 */
export function BackupsPanel() {
  const styles = useStyles();
  const [handle, setHandle] = useState(() => pickedFolder('backups'));
  const [backups, setBackups] = useState<string[]>([]);
  const [restoring, setRestoring] = useState<{ name: string; preview: ImportPreview } | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const folder = handle && directoryFolder(handle);
  // Bumped after a backup so the list is read again.
  const [listed, setListed] = useState(0);
  useEffect(() => {
    let current = true;
    if (handle)
      void listBackups(directoryFolder(handle))
        .then((names) => current && setBackups(names))
        .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [handle, listed]);
  const [choose, choosing] = useAction(async () => {
    const picked = await pickFolder('chamber-backups');
    if (picked) {
      rememberFolder('backups', picked);
      setHandle(picked);
    }
  });
  const [backUp, backingUp] = useAction(async () => {
    if (!folder) return;
    setDone(`Backed up to ${await backupNow(folder)}.`);
    setListed((count) => count + 1);
  });
  const [preview, previewing] = useAction(async (name: string) => {
    if (!folder) return;
    setDone(undefined);
    setRestoring({ name, preview: await previewRestore(folder, name) });
  });
  const [restore, applying] = useAction(async () => {
    if (!restoring) return;
    const result = await applyImport(restoring.preview);
    setRestoring(undefined);
    setDone(`Restored from ${restoring.name}: ${result.added} added, ${result.updated} updated.`);
  });
  const error = choosing.error ?? backingUp.error ?? previewing.error ?? applying.error;
  return (
    <div className={styles.panel}>
      <Text>{handle ? `Backups folder: ${handle.name}` : 'No backups folder chosen yet.'}</Text>
      <div className={styles.row}>
        <Button onClick={() => void choose()}>
          {handle ? 'Choose another folder...' : 'Choose the backups folder...'}
        </Button>
        <Button appearance="primary" disabled={!folder || backingUp.busy} onClick={() => void backUp()}>
          Back up now
        </Button>
      </div>
      <ErrorMessage error={error} title="The backup did not work" />
      {done ? (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      ) : null}
      {handle && backups.length === 0 ? <Text>No backups in this folder yet.</Text> : null}
      {backups.length > 0 ? (
        <ul aria-label="Backups">
          {[...backups].reverse().map((name) => (
            <li key={name} className={styles.row}>
              {name}{' '}
              <Button size="small" disabled={previewing.busy} onClick={() => void preview(name)}>
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
    </div>
  );
}
