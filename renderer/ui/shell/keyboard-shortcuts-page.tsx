import { makeStyles, tokens } from '@fluentui/react-components';
import { attendanceKeys, editorKeys, shortcuts } from '../features/live-meeting/live-shortcuts';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
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
  { keys: 'Ctrl+→ / Ctrl+←', does: 'On a column heading of a list (people, meetings): widen or narrow it' },
  { keys: 'Ctrl+= / Ctrl+-', does: 'Make everything larger or smaller (zoom)' },
] as const;

/** On a meeting's Agenda tab. */
const agendaKeys = [
  { keys: 'Space, then ↑ ↓, then Space', does: 'On an item’s handle: pick it up, move it, put it down' },
  { keys: 'Escape', does: 'While moving an item: put it back where it was' },
  { keys: 'Enter', does: 'On Move up / Move down: move the item one place' },
  { keys: 'Ctrl+Z', does: 'Outside a text box: undo the last removal of an item' },
] as const;

/**
 * Help, Keyboard shortcuts: every key in one page, reachable from the menu bar's link, the desktop Help menu and
 * F1 on any screen (which opens it at that screen's keys; F1 again goes back).
 */
export function KeyboardShortcutsPage() {
  const styles = useStyles();
  const { hash } = useLocation();
  // Opened by F1 at a screen's keys: bring them into view.
  useEffect(() => {
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'start' });
  }, [hash]);
  const table = (id: string, caption: string, rows: readonly { keys: string; does: string }[]) => (
    <table className={styles.table} id={id}>
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
      <p>F1 on any screen opens this page at that screen’s keys; F1 again goes back.</p>
      {table('everywhere', 'Everywhere', everywhere)}
      {table('agenda', 'On a meeting’s agenda', agendaKeys)}
      {table('live', 'In the meeting (live minuting)', shortcuts)}
      {table('minute', 'Writing a minute', editorKeys)}
      {table('attendance', 'On a name in the attendance', attendanceKeys)}
    </Page>
  );
}
