import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  saved: { color: tokens.colorPaletteGreenForeground1 },
});

/**
 * A form's submit button, and "Saved." beside it once the last save worked. A failed save shows its own message
 * and never "Saved.", so the clerk is not told a draft was kept when it was not.
 */
export function SaveRow({ busy, saved, children }: { busy?: boolean; saved: boolean; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div>
      <Button appearance="primary" type="submit" disabled={busy}>
        {children}
      </Button>{' '}
      {saved ? (
        <span role="status" className={styles.saved}>
          Saved.
        </span>
      ) : null}
    </div>
  );
}
