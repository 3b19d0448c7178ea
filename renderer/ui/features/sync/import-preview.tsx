import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ImportPreview, PreviewLine } from '../../../sync';
import { formatExportedAt, scopeWords, tableWords } from './sync-words';

const useStyles = makeStyles({
  preview: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  lists: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
  line: { marginBottom: tokens.spacingVerticalXS },
  fields: { color: tokens.colorNeutralForeground3 },
});

const groups = [
  ['added', 'Will be added'],
  ['updated', 'Will be updated'],
  ['deleted', 'Will be deleted'],
  ['conflicts', 'Conflicts (both versions kept for you to choose)'],
] as const;

/** What importing a file would do, before anything is written: counts, then each record by name. */
export function ImportPreviewView({
  preview,
  busy,
  onApply,
  onCancel,
}: {
  preview: ImportPreview;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const nothing = groups.every(([key]) => preview[key].length === 0);
  return (
    <section className={styles.preview} aria-label="Import preview">
      <Text>
        From {preview.from.deviceName}, exported {formatExportedAt(preview.from.exportedAt)}:{' '}
        {scopeWords(preview.from.scope)}
        {preview.encrypted ? ' (encrypted)' : ''}.
      </Text>
      <Text weight="semibold">
        {groups
          .map(([key, title]) => `${preview[key].length} ${title.split(' (')[0]?.toLowerCase()}`)
          .join(', ')}
        ; {preview.unchanged} already here.
      </Text>
      {nothing ? (
        <Text>This laptop already has everything in this file: importing it changes nothing.</Text>
      ) : null}
      <div className={styles.lists}>
        {groups.map(([key, title]) =>
          preview[key].length > 0 ? <PreviewList key={key} title={title} lines={preview[key]} /> : null,
        )}
      </div>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={onApply} disabled={busy}>
          Apply
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </section>
  );
}

function PreviewList({ title, lines }: { title: string; lines: PreviewLine[] }) {
  const styles = useStyles();
  return (
    <div>
      <h3>
        {title} ({lines.length})
      </h3>
      <ul aria-label={title}>
        {lines.map((line) => (
          <li key={`${line.table}/${line.id}/${line.fields.join()}`} className={styles.line}>
            {tableWords(line.table)}: {line.label}
            {line.fields.length > 0 ? (
              <span className={styles.fields}> ({line.fields.join(', ')})</span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
