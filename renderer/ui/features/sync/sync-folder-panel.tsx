import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { syncNow, type SyncNowReport } from '../../../sync';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { directoryFolder, pickFolder } from './directory-folder';
import { pickedFolder, rememberFolder } from './folder-handles';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
});

/**
 * A shared folder (network share, USB stick): "Sync now" writes this laptop's changes there and imports every
 * other laptop's files not yet seen. Files still being copied are left for next time.
 */
export function SyncFolderPanel() {
  const styles = useStyles();
  const [folder, setFolder] = useState(() => pickedFolder('sync'));
  const [passphrase, setPassphrase] = useState('');
  const [report, setReport] = useState<SyncNowReport | undefined>(undefined);
  const [choose, choosing] = useAction(async () => {
    const handle = await pickFolder('chamber-sync');
    if (handle) {
      rememberFolder('sync', handle);
      setFolder(handle);
    }
  });
  const [sync, syncing] = useAction(async () => {
    if (!folder) return;
    setReport(await syncNow(directoryFolder(folder), passphrase ? { passphrase } : {}));
  });
  return (
    <div className={styles.panel}>
      <Text>{folder ? `Sync folder: ${folder.name}` : 'No sync folder chosen yet.'}</Text>
      <div className={styles.row}>
        <Button onClick={() => void choose()} disabled={choosing.busy}>
          {folder ? 'Choose another folder...' : 'Choose the sync folder...'}
        </Button>
        <Field
          label="Folder passphrase"
          hint="Every laptop using the folder uses the same one. Needed for Part B."
        >
          <Input type="password" value={passphrase} onChange={(_, data) => setPassphrase(data.value)} />
        </Field>
        <Button appearance="primary" disabled={!folder || syncing.busy} onClick={() => void sync()}>
          Sync now
        </Button>
      </div>
      <ErrorMessage error={choosing.error ?? syncing.error} title="The sync folder could not be used" />
      {report ? <SyncReport report={report} /> : null}
    </div>
  );
}

function SyncReport({ report }: { report: SyncNowReport }) {
  return (
    <ul aria-label="Sync report">
      <li>{report.written ? `Wrote ${report.written}.` : (report.notWritten ?? 'Nothing new to write.')}</li>
      {report.imported.length === 0 ? <li>No new files from other laptops.</li> : null}
      {report.imported.map(({ name, result }) => (
        <li key={name}>
          Imported {name}: {result.added} added, {result.updated} updated, {result.deleted} deleted
          {result.conflicts > 0 ? `, ${result.conflicts} conflicts to settle` : ''}.
        </li>
      ))}
      {report.waiting.map(({ name, reason }) => (
        <li key={name}>
          Left for next time: {name} ({reason})
        </li>
      ))}
      {report.refused.map(({ name, reason }) => (
        <li key={name}>
          Not imported: {name}. {reason}
        </li>
      ))}
    </ul>
  );
}
