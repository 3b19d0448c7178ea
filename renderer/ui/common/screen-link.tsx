import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

const useStyles = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
});

/**
 * A link to another screen, looking like Fluent UI's Link. One element: a Fluent Link wrapped round a router
 * link was two interactive elements nested (a link inside a link), which screen readers announce twice.
 */
export function ScreenLink({
  to,
  className,
  children,
}: {
  to: string;
  className?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <Link to={to} className={mergeClasses(styles.link, className)}>
      {children}
    </Link>
  );
}
