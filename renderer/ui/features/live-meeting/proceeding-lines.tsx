import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ProceedingLine } from '../../../domain/proceeding-wording';

const useStyles = makeStyles({
  table: {
    borderCollapse: 'collapse',
    margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXS} 2rem`,
    '& th, & td': {
      border: `1px solid ${tokens.colorNeutralStroke1}`,
      padding: `2px ${tokens.spacingHorizontalS}`,
      textAlign: 'left',
      minWidth: '10rem',
    },
    '& th': { fontWeight: tokens.fontWeightSemibold },
  },
});

/**
 * One step's lines as the minutes print them: a paragraph a line, and rows of cells (a recorded vote where the
 * house tabulates it) as one Name | Vote table, its first row the heading, as the Word minutes draw it.
 */
export function ProceedingLines({ lines }: { lines: readonly ProceedingLine[] }) {
  const styles = useStyles();
  const blocks: ReactNode[] = [];
  let rows: ProceedingLine[] = [];
  const flush = () => {
    if (rows.length === 0) return;
    const [heading, ...body] = rows;
    blocks.push(
      <table key={`table-${blocks.length}`} className={styles.table} aria-label="Recorded vote">
        <thead>
          <tr>
            {heading?.cells?.map((cell) => (
              <th key={cell} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {body.map((row, index) => (
            <tr key={index}>
              {row.cells?.map((cell, column) => (
                <td key={column}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>,
    );
    rows = [];
  };
  for (const [index, line] of lines.entries()) {
    if (line.cells) {
      rows.push(line);
      continue;
    }
    flush();
    blocks.push(
      <div
        key={index}
        style={{
          fontWeight: line.bold ? 600 : undefined,
          fontStyle: line.italic ? 'italic' : undefined,
          paddingLeft: line.indent ? '2rem' : undefined,
        }}
      >
        {line.text}
      </div>,
    );
  }
  flush();
  return <>{blocks}</>;
}
