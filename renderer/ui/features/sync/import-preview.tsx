import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { ImportPreview, PreviewLine } from '../../../sync';
import { Loading } from '../../common/loading';
import { bundleLabels } from './bundle-labels';
import { DeletedSinceSection } from './deleted-since';
import { formatExportedAt, scopeWords, tableWords } from './sync-words';
import { usePreviewLabels } from './use-preview-labels';

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
  ['signedKept', 'Not applied: changes to signed minutes with no reason recorded (the signed version stays)'],
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
  const fileLabels = useMemo(() => bundleLabels(preview), [preview]);
  const labels = usePreviewLabels(useMemo(() => groups.flatMap(([key]) => preview[key]), [preview]));
  const nothing = groups.every(([key]) => preview[key].length === 0);
  if (!labels) return <Loading what="the preview" />;
  return (
    <section className={styles.preview} aria-label="Import preview">
      <Text>
        From {preview.from.deviceName}, exported {formatExportedAt(preview.from.exportedAt)}:{' '}
        {scopeWords(preview.from.scope)}
        {preview.encrypted ? ' (encrypted)' : ''}.
      </Text>
      <Text weight="semibold">{countsLine(preview)}</Text>
      {nothing ? (
        <Text>This laptop already has everything in this file: importing it changes nothing.</Text>
      ) : null}
      <div className={styles.lists}>
        {groups.map(([key, title]) =>
          preview[key].length > 0 ? (
            <PreviewList
              key={key}
              title={title}
              lines={preview[key]}
              showFields={key !== 'added'}
              labels={labels}
              fileLabels={fileLabels}
            />
          ) : null,
        )}
      </div>
      <DeletedSinceSection preview={preview} />
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

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "2 to add, 1 to update, 0 to delete, 1 conflict; 30 records already here." */
export function countsLine(preview: ImportPreview): string {
  return (
    `${preview.added.length} to add, ${preview.updated.length} to update, ${preview.deleted.length} to delete, ` +
    `${plural(preview.conflicts.length, 'conflict')}; ${plural(preview.unchanged, 'record')} already here.`
  );
}

/** Which fields change is worth showing for updates and conflicts; a new record's are all of them. */
function PreviewList({
  title,
  lines,
  showFields,
  labels,
  fileLabels,
}: {
  title: string;
  lines: PreviewLine[];
  showFields: boolean;
  /** Names as this laptop knows them; then the file's own; then the bare label. */
  labels: Map<string, string>;
  fileLabels: Map<string, string>;
}) {
  const styles = useStyles();
  return (
    <div>
      <h3>
        {title} ({lines.length})
      </h3>
      <ul aria-label={title}>
        {lines.map((line) => (
          <li key={`${line.table}/${line.id}/${line.fields.join()}`} className={styles.line}>
            {labels.get(line.id) ?? fileLabels.get(line.id) ?? `${tableWords(line.table)}: ${line.label}`}
            {showFields && line.fields.length > 0 ? (
              <span className={styles.fields}> ({line.fields.join(', ')})</span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
