import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { keepProblem, readBackupsKept, saveBackupsKept } from '../../../sync/folder/backup-status';
import { useAction } from '../../common/use-action';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
});

/** How many daily backups this laptop keeps; older ones are removed after each new backup. */
export function KeepBackupsField() {
  const styles = useStyles();
  const kept = useLiveQuery(() => readBackupsKept(), []);
  const [typed, setTyped] = useState<string | undefined>();
  const [save, saving] = useAction(async (keep: number) => {
    await saveBackupsKept(keep);
    setTyped(undefined);
  });
  const value = typed ?? (kept === undefined ? '' : String(kept));
  const problem = typed === undefined ? undefined : keepProblem(Number(typed.trim() || Number.NaN));
  return (
    <form
      className={styles.row}
      onSubmit={(event) => {
        event.preventDefault();
        if (!problem && typed !== undefined) void save(Number(typed));
      }}
    >
      <Field
        label="Backups to keep"
        validationMessage={problem ?? saving.error}
        hint="The oldest is removed after each new backup."
      >
        <Input inputMode="numeric" value={value} onChange={(_, data) => setTyped(data.value)} />
      </Field>
      <Button type="submit" disabled={typed === undefined || problem !== undefined || saving.busy}>
        Save
      </Button>
    </form>
  );
}
