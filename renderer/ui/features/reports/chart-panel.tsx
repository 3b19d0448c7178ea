import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  chart: { width: '100%', height: '22rem' },
});

/**
 * A chart with its figures as a table one button away: the table is the accessible view (screen readers, and
 * anyone who wants the numbers), the chart the picture. The chart itself is keyboard-navigable (arrow keys move
 * between bars and read their values).
 */
export function ChartPanel({
  title,
  summary,
  controls,
  chart,
  table,
}: {
  title: string;
  summary: string;
  controls?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}) {
  const styles = useStyles();
  const headingId = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId} style={{ margin: 0 }}>
        {title}
      </h2>
      <div className={styles.head}>
        {controls}
        <Button aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {asTable ? 'Show as chart' : 'Show as table'}
        </Button>
      </div>
      {asTable ? (
        table
      ) : (
        <figure className={styles.chart} aria-label={`${title}: ${summary}`} style={{ margin: 0 }}>
          {chart}
        </figure>
      )}
    </section>
  );
}
