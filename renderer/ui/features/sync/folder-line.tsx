import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorMessage } from '../../common/error-message';
import type { useFolder } from './use-folder';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

const words = {
  sync: { what: 'Sync folder', none: 'No sync folder chosen yet.', choose: 'Choose the sync folder...' },
  backups: {
    what: 'Backups folder',
    none: 'No backups folder chosen yet: daily backups start once you choose one.',
    choose: 'Choose the backups folder...',
  },
} as const;

/** Which folder is in use, and the buttons to choose another or (browser) allow a remembered one again. */
export function FolderLine({
  kind,
  folder,
}: {
  kind: 'sync' | 'backups';
  folder: ReturnType<typeof useFolder>;
}) {
  const styles = useStyles();
  const word = words[kind];
  const state = folder.folder;
  return (
    <>
      <div className={styles.row}>
        <Text>
          {state.state === 'loading' ? `Finding the ${word.what.toLowerCase()}...` : null}
          {state.state === 'none' ? word.none : null}
          {state.state === 'ready'
            ? `${word.what}: ${state.usable.where}${state.usable.standard ? ' (the standard one beside Chamber’s data)' : ''}`
            : null}
          {state.state === 'permission'
            ? `Chamber needs your permission to use the folder "${state.name}" again.`
            : null}
        </Text>
        {state.state === 'permission' ? (
          <Button appearance="primary" disabled={folder.busy} onClick={() => void folder.allow()}>
            Allow Chamber to use "{state.name}"
          </Button>
        ) : null}
        {/* Not drawn while the folder is being found: a button drawn disabled then enabled fades between the two,
            unreadable meanwhile (see sync-folder-panel.tsx). */}
        {state.state === 'loading' ? null : (
          <Button disabled={folder.busy} onClick={() => void folder.choose()}>
            {state.state === 'none' ? word.choose : 'Choose another folder...'}
          </Button>
        )}
      </div>
      <ErrorMessage error={folder.error} title={`The ${word.what.toLowerCase()} could not be used`} />
    </>
  );
}
