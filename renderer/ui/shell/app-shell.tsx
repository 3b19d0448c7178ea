import { makeStyles, tokens, Text } from '@fluentui/react-components';
import { NavDrawer, NavDrawerBody, NavDrawerHeader, NavItem } from '@fluentui/react-components';
import { useEffect, type ReactElement } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { DataUpgradeNotice } from './data-upgrade';
import { whenFirstScreenIdle } from './first-screen';
import { ScreenBoundary } from './screen-boundary';
import { useHelpKey } from './use-help-key';

const useStyles = makeStyles({
  frame: { display: 'flex', height: '100%', overflow: 'hidden' },
  skip: {
    position: 'absolute',
    left: '-999px',
    ':focus': { left: tokens.spacingHorizontalM, top: tokens.spacingVerticalM, zIndex: 10 },
  },
  pane: { flexShrink: 0, width: '13.5rem', height: '100vh' },
  drawer: { width: '100%', height: '100%' },
  brand: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase500,
    color: tokens.colorBrandForeground1,
  },
  main: { flexGrow: 1, minWidth: 0, overflowY: 'auto', outlineStyle: 'none' },
});

export type NavEntry = {
  to: string;
  label: string;
  icon: ReactElement;
  /** Other screens that belong to this section (a committee's page and its meetings are under Committees). */
  also?: string[];
};

/** The section the screen at `path` belongs to: the longest match wins (Templates before Settings). */
export function sectionOf(path: string, sections: readonly NavEntry[]): string | undefined {
  let best: { to: string; length: number } | undefined;
  for (const section of sections) {
    for (const prefix of [section.to, ...(section.also ?? [])]) {
      const matches = prefix === '/' ? path === '/' : path === prefix || path.startsWith(`${prefix}/`);
      if (matches && (!best || prefix.length > best.length)) best = { to: section.to, length: prefix.length };
    }
  }
  return best?.to;
}

/**
 * The frame around every screen, as Office's desktop apps have it: a navigation pane down the left (Fluent UI's
 * NavDrawer: arrow keys move within it, Tab leaves it) with Chamber's sections, and the screen beside it, which
 * scrolls on its own. `preload` fetches the code of screens the clerk is likely to open next, once the first
 * screen is shown and idle.
 */
export function AppShell({ sections, preload = [] }: { sections: NavEntry[]; preload?: (() => void)[] }) {
  const styles = useStyles();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useHelpKey();
  useEffect(
    () => whenFirstScreenIdle(() => preload.forEach((load) => load())),
    // Once per app start: the list is fixed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  return (
    <div className={styles.frame}>
      <a className={styles.skip} href="#main">
        Skip to content
      </a>
      <nav aria-label="Main" className={styles.pane}>
        <NavDrawer
          open
          type="inline"
          className={styles.drawer}
          selectedValue={sectionOf(pathname, sections) ?? ''}
        >
          <NavDrawerHeader>
            <Text className={styles.brand}>Chamber</Text>
          </NavDrawerHeader>
          <NavDrawerBody>
            {sections.map((section) => (
              <NavItem
                key={section.to}
                value={section.to}
                href={`#${section.to}`}
                icon={section.icon}
                onClick={(event) => {
                  // The router moves, so a screen's own state (and any unsaved draft) is handled as for any link.
                  event.preventDefault();
                  void navigate(section.to);
                }}
              >
                {section.label}
              </NavItem>
            ))}
          </NavDrawerBody>
        </NavDrawer>
      </nav>
      {/* It scrolls, so the keyboard can reach it (a screen of tables only, like Shortcuts, has nothing else). */}
      <main id="main" tabIndex={0} className={styles.main}>
        <DataUpgradeNotice />
        <ScreenBoundary>
          <Outlet />
        </ScreenBoundary>
      </main>
    </div>
  );
}
