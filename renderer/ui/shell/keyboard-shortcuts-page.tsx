import { makeStyles, tokens } from '@fluentui/react-components';
import { attendanceKeys, editorKeys, shortcuts } from '../features/live-meeting/live-shortcuts';
import { Page } from '../common/page';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', maxWidth: '48rem' },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, textAlign: 'left' },
  caption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalM} 0`,
  },
  key: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
});

/** Everywhere in Chamber: standard keys that Fluent UI's controls follow. */
const everywhere = [
  { keys: 'Tab / Shift+Tab', does: 'Next or previous control' },
  { keys: 'Enter or Space', does: 'Press the focused button' },
  { keys: '← → ↑ ↓', does: 'Move between tabs, or between choices such as Present / Apologies / Absent' },
  { keys: 'Escape', does: 'Close a menu or a panel' },
  { keys: 'Ctrl+= / Ctrl+-', does: 'Make everything larger or smaller (zoom)' },
] as const;

/** Help, Keyboard shortcuts: every key in one page, also reachable from the desktop menu. */
export function KeyboardShortcutsPage() {
  const styles = useStyles();
  const table = (caption: string, rows: readonly { keys: string; does: string }[]) => (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th className={styles.cell} scope="col">
            Keys
          </th>
          <th className={styles.cell} scope="col">
            What they do
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.keys}>
            <td className={`${styles.cell} ${styles.key}`}>{row.keys}</td>
            <td className={styles.cell}>{row.does}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <Page title="Keyboard shortcuts">
      {table('Everywhere', everywhere)}
      {table('In the meeting (live minuting)', shortcuts)}
      {table('Writing a minute', editorKeys)}
      {table('On a name in the attendance', attendanceKeys)}
    </Page>
  );
}
