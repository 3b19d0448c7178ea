import {
  makeStyles,
  mergeClasses,
  tokens,
  useBadgeStyles_unstable,
  useBadge_unstable,
} from '@fluentui/react-components';
import { createContext, useContext, useMemo } from 'react';
import { useAgendaButtonClasses, type AgendaButtonClasses } from './agenda-buttons';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    padding: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dragging: { boxShadow: tokens.shadow16, position: 'relative', zIndex: 1 },
  handle: { cursor: 'grab', touchAction: 'none' },
  sublist: { paddingLeft: tokens.spacingHorizontalXXL, listStyleType: 'none' },
  number: { display: 'inline-block', minWidth: '2.5rem', fontWeight: tokens.fontWeightSemibold },
  body: { flex: '1 1 20rem', minWidth: 0, overflowWrap: 'anywhere' },
  badges: {
    display: 'inline-flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    marginLeft: tokens.spacingHorizontalS,
  },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  // What Fluent's icons have: inline, no line height of their own, system colours in forced-colours mode.
  svg: { display: 'inline', lineHeight: 0, '@media (forced-colors: active)': { forcedColorAdjust: 'auto' } },
});

/** Every class an agenda line uses: its layout, its buttons' (Fluent Button's own), its marks' (Fluent Badge's). */
export type AgendaLook = AgendaButtonClasses & {
  row: string;
  draggingRow: string;
  handle: string;
  sublist: string;
  number: string;
  body: string;
  badges: string;
  tools: string;
  svg: string;
  partB: string;
  keyDecision: string;
  urgent: string;
  unnumbered: string;
};

function useBadgeClass(props: Parameters<typeof useBadge_unstable>[0]): string {
  return useBadgeStyles_unstable(useBadge_unstable(props, null)).root.className ?? '';
}

/**
 * Made once by the builder and handed to every line. Fluent's makeStyles checks each of its style rules every
 * time a component using it mounts, and Fluent's Badge, Button and icons each do that: an agenda of 40 items
 * drew hundreds of them. The lines take these class names instead, so they look exactly the same.
 */
export function useAgendaLookClasses(): AgendaLook {
  const styles = useStyles();
  const buttons = useAgendaButtonClasses();
  const partB = useBadgeClass({ appearance: 'tint', color: 'danger' });
  const keyDecision = useBadgeClass({ appearance: 'tint' });
  const urgent = useBadgeClass({ appearance: 'tint', color: 'warning' });
  const unnumbered = useBadgeClass({ appearance: 'tint' });
  return useMemo(
    () => ({
      ...buttons,
      row: styles.row,
      draggingRow: mergeClasses(styles.row, styles.dragging),
      handle: mergeClasses(buttons.iconButton, styles.handle),
      sublist: styles.sublist,
      number: styles.number,
      body: styles.body,
      badges: styles.badges,
      tools: styles.tools,
      svg: mergeClasses('fui-Icon', styles.svg),
      partB,
      keyDecision,
      urgent,
      unnumbered,
    }),
    [buttons, styles, partB, keyDecision, urgent, unnumbered],
  );
}

export const AgendaLookContext = createContext<AgendaLook | undefined>(undefined);

export function useAgendaLook(): AgendaLook {
  const look = useContext(AgendaLookContext);
  if (!look) throw new Error('An agenda line was drawn outside its agenda (AgendaLookContext is missing).');
  return look;
}
