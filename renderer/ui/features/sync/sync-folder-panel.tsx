import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { syncNow, type SyncNowReport } from '../../../sync';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { FolderLine } from './folder-line';
import { useFolder } from './use-folder';
import { countOf } from '../../../domain/english';
import { ClockWarningMessage } from './clock-warning';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
});

/**
 * A shared folder (network share, USB stick): "Sync now" writes this laptop's changes there and imports every
 * other laptop's files not yet seen. Files still being copied are left for next time. The folder is
 * remembered across restarts.
 */
export function SyncFolderPanel() {
  const styles = useStyles();
  const folder = useFolder('sync');
  const [passphrase, setPassphrase] = useState('');
  const [report, setReport] = useState<SyncNowReport | undefined>(undefined);
  const [sync, syncing] = useAction(async () => {
    if (!folder.usable) return;
    setReport(await syncNow(folder.usable.folder, passphrase ? { passphrase } : {}));
  });
  return (
    <div className={styles.panel}>
      <FolderLine kind="sync" folder={folder} />
      {/* Drawn once the folder is known, in the state it will keep: drawn disabled while Chamber looked for the
          folder, "Sync now" faded from grey to blue when it was found, its text unreadable for that tenth of a
          second (axe-core caught it mid-fade). */}
      {folder.folder.state === 'loading' ? null : (
        <div className={styles.row}>
          <Field
            label="Folder passphrase"
            hint="Every laptop using the folder uses the same one. Needed for Part B."
          >
            <Input type="password" value={passphrase} onChange={(_, data) => setPassphrase(data.value)} />
          </Field>
          <Button appearance="primary" disabled={!folder.usable || syncing.busy} onClick={() => void sync()}>
            Sync now
          </Button>
        </div>
      )}
      <ErrorMessage error={syncing.error} title="The sync folder could not be used" />
      {report ? <SyncReport report={report} /> : null}
      {report && report.imported.length > 0 ? <ClockWarningMessage /> : null}
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
          {result.conflicts > 0 ? `, ${countOf(result.conflicts, 'conflict')} to settle` : ''}.
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
