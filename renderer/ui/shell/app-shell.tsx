import { makeStyles, tokens, Text } from '@fluentui/react-components';
import { useEffect } from 'react';
import { NavLink, Outlet } from 'react-router';
import { DataUpgradeNotice } from './data-upgrade';
import { whenFirstScreenIdle } from './first-screen';
import { ScreenBoundary } from './screen-boundary';
import { useHelpKey } from './use-help-key';

const useStyles = makeStyles({
  skip: {
    position: 'absolute',
    left: '-999px',
    ':focus': { left: tokens.spacingHorizontalM, top: tokens.spacingVerticalM, zIndex: 10 },
  },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  brand: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase500 },
  nav: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  link: {
    color: tokens.colorNeutralForegroundOnBrand,
    textDecorationLine: 'none',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { textDecorationLine: 'underline' },
    ':focus-visible': { outline: `2px solid ${tokens.colorNeutralForegroundOnBrand}` },
  },
  active: { backgroundColor: tokens.colorBrandBackgroundPressed },
});

export type NavEntry = { to: string; label: string };

/**
 * The frame around every screen: a skip link, Chamber's name, the main sections, then the screen itself.
 * `preload` fetches the code of screens the clerk is likely to open next, once the first screen is shown and idle.
 */
export function AppShell({ sections, preload = [] }: { sections: NavEntry[]; preload?: (() => void)[] }) {
  const styles = useStyles();
  useHelpKey();
  useEffect(
    () => whenFirstScreenIdle(() => preload.forEach((load) => load())),
    // Once per app start: the list is fixed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  return (
    <>
      <a className={styles.skip} href="#main">
        Skip to content
      </a>
      <header className={styles.bar}>
        <Text className={styles.brand}>Chamber</Text>
        <nav aria-label="Main" className={styles.nav}>
          {sections.map((section) => (
            <NavLink
              key={section.to}
              to={section.to}
              end={section.to === '/'}
              className={({ isActive }) => (isActive ? `${styles.link} ${styles.active}` : styles.link)}
            >
              {section.label}
            </NavLink>
          ))}
          <NavLink
            to="/help/keyboard"
            className={({ isActive }) => (isActive ? `${styles.link} ${styles.active}` : styles.link)}
          >
            Keyboard shortcuts (F1)
          </NavLink>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <DataUpgradeNotice />
        <ScreenBoundary>
          <Outlet />
        </ScreenBoundary>
      </main>
    </>
  );
}
