import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The meeting screen is read at arm's length for hours: large type, generous line height, quiet colours, and
 * one strong colour only for what needs the clerk now (the current item, an inquorate meeting).
 */
export const useLiveStyles = makeStyles({
  screen: {
    display: 'grid',
    gridTemplateColumns: 'minmax(15rem, 20rem) minmax(0, 1fr) auto',
    gridTemplateRows: 'auto minmax(0, 1fr)',
    // Fixed to the window: the screen is a mode of its own and never scrolls as a page, only its columns do.
    position: 'fixed',
    inset: 0,
    fontSize: '18px',
    lineHeight: '1.5',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    // On a 1024-pixel laptop the minute is what the clerk writes in: the agenda and the side panel give way to it.
    '@media (max-width: 1279px)': { gridTemplateColumns: 'minmax(12rem, 14rem) minmax(0, 1fr) auto' },
  },
  bar: {
    gridColumn: '1 / -1',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  rail: {
    overflowY: 'auto',
    padding: tokens.spacingHorizontalM,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  main: { overflowY: 'auto', padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}` },
  side: {
    width: '24rem',
    '@media (max-width: 1279px)': { width: '17rem' },
    overflowY: 'auto',
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '52rem' },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    ':focus-within': { border: `1px solid ${tokens.colorBrandStroke1}` },
  },
  sectionTitle: { margin: 0, fontSize: '20px', fontWeight: tokens.fontWeightSemibold },
  key: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: '14px',
    padding: '0 4px',
    marginLeft: '6px',
    border: '1px solid currentColor',
    borderRadius: tokens.borderRadiusSmall,
    opacity: 0.75,
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: 'nowrap',
  },
  hint: { color: tokens.colorNeutralForeground3, fontSize: '15px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
  },
});
