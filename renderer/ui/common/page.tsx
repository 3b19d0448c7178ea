import { makeStyles, tokens, Title3 } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    // Office's density: a 24 px title and 12 px between parts, so a screen's work starts high on a laptop's
    // 700 px (Title1 and loose gaps left the meeting screen showing its header and no agenda).
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    maxWidth: '72rem',
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginLeft: 'auto' },
});

/** A screen: one h1 (also the window title, so screen readers announce where the clerk is), then its content. */
export function Page({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const styles = useStyles();
  useEffect(() => {
    document.title = `${title} - Chamber`;
  }, [title]);
  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <Title3 as="h1">{title}</Title3>
        {actions ? <div className={styles.actions}>{actions}</div> : null}
      </div>
      {children}
    </div>
  );
}
