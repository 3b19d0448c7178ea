import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { attendanceKeys, editorKeys, shortcuts } from './live-shortcuts';
import { useLiveStyles } from './live-styles';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: '16px' },
  cell: { padding: '3px 6px', verticalAlign: 'top', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  // The keys take only the width they need, so the words beside them are not squeezed on a narrow window.
  keys: { width: '1%', whiteSpace: 'nowrap' },
  heading: { fontSize: '18px', margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
});

/** The keyboard at a glance. It sits beside the work, never over it, and never takes the focus. */
export function HelpPanel() {
  const styles = useStyles();
  const live = useLiveStyles();
  const table = (caption: string, rows: readonly { keys: string; does: string }[]) => (
    <table className={styles.table}>
      <caption className={styles.heading} style={{ textAlign: 'left' }}>
        {caption}
      </caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.keys}>
            <td className={mergeClasses(styles.cell, styles.keys)}>
              <span className={live.key}>{row.keys}</span>
            </td>
            <td className={styles.cell}>{row.does}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <aside className={live.side} tabIndex={0} aria-label="Keyboard shortcuts">
      <h2 className={styles.heading}>Keyboard shortcuts</h2>
      <p className={live.hint}>F1 hides this list. Everything is stored as you type.</p>
      {table('Anywhere', shortcuts)}
      {table('Writing the minute', editorKeys)}
      {table('On a name in the attendance', attendanceKeys)}
    </aside>
  );
}
