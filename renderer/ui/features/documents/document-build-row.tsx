import { Button, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { packStages } from '../../../documents/agenda-pack';
import type { PackProgress } from '../../../documents/agenda-pack';
import { ErrorMessage } from '../../common/error-message';
import { BuildWarnings } from './build-warnings';
import type { BuildOutcome } from './use-document-build';
import { useDocumentBuild } from './use-document-build';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(12rem, 1fr) auto',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  wide: { gridColumn: '1 / -1' },
  about: { color: tokens.colorNeutralForeground3 },
  // The bar steps to each update (ten a second at most) rather than sliding for 0.3 s: sliding, it was redrawn
  // every frame of a long pack, on the page's thread, for as long as the pack took.
  still: { transitionProperty: 'none' },
});

function progressText(progress: PackProgress | undefined): string {
  if (!progress) return 'Making the document…';
  const paper = progress.paper ? ` ${progress.paper}` : '';
  return `${packStages[progress.stage]}${paper}: step ${Math.min(progress.done + 1, progress.total)} of ${progress.total}`;
}

/**
 * One document on the Papers tab: what it is, the button that makes it, a progress bar while it is made (moving
 * with the worker's reports for packs), then where it was saved and anything to check in it, or what went wrong.
 */
export function DocumentBuildRow({
  title,
  about,
  action,
  build,
  badge,
}: {
  title: string;
  about: ReactNode;
  action: string;
  build: (onProgress: (progress: PackProgress) => void) => Promise<string | undefined | BuildOutcome>;
  badge?: ReactNode;
}) {
  const styles = useStyles();
  const [run, { busy, progress, error, savedTo, warnings }] = useDocumentBuild(build);
  const fraction = progress && progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <div className={styles.row} role="group" aria-label={title}>
      <div>
        <Text weight="semibold">{title}</Text> {badge}
        <br />
        <Text size={200} className={styles.about}>
          {about}
        </Text>
      </div>
      <Button appearance="primary" onClick={() => void run()} disabled={busy}>
        {action}
      </Button>
      {busy ? (
        <div className={styles.wide}>
          <ProgressBar
            value={fraction}
            thickness="large"
            bar={{ className: styles.still }}
            aria-label={`Making the ${title.toLowerCase()}`}
          />
          <Text size={200} role="status">
            {progressText(progress)}
          </Text>
        </div>
      ) : null}
      {error ? (
        <div className={styles.wide}>
          <ErrorMessage error={error} title={`The ${title.toLowerCase()} was not made`} />
        </div>
      ) : null}
      {savedTo && !busy ? (
        <Text size={200} role="status" className={styles.wide}>
          Saved: {savedTo}
        </Text>
      ) : null}
      {!busy && warnings.length > 0 ? (
        <div className={styles.wide}>
          <BuildWarnings title={title} warnings={warnings} />
        </div>
      ) : null}
    </div>
  );
}
