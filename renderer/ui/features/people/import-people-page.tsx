import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { db } from '../../../db/database';
import { importPeople } from '../../../db/repositories/people-import';
import {
  decodeCsvBytes,
  personFields,
  previewPeopleImport,
  proposeColumnMapping,
  readPeopleCsv,
  type ColumnMapping,
  type PeopleCsv,
  type PersonField,
} from '../../../domain/people-import';
import { countOf } from '../../../domain/english';
import { bridge } from '../../../platform/bridge';
import { ErrorMessage } from '../../common/error-message';
import { Page } from '../../common/page';
import { useAction } from '../../common/use-action';

const useStyles = makeStyles({
  mapping: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * Import people from a CSV file: pick it, check which column fills which detail, see who would be added, who is
 * a duplicate and which rows are wrong (and why), then import the good rows all together or not at all.
 */
export function ImportPeoplePage() {
  const styles = useStyles();
  const navigate = useNavigate();
  const existing = useLiveQuery(() => db.people.toArray(), []);
  const [csv, setCsv] = useState<PeopleCsv>();
  const [fileName, setFileName] = useState('');
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [readError, setReadError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [store, storing] = useAction(importPeople);

  const pick = async () => {
    setDone(undefined);
    const [file] = await bridge().openFiles({ filters: [{ name: 'CSV file', extensions: ['csv'] }] });
    if (!file) return;
    try {
      const read = readPeopleCsv(decodeCsvBytes(file.bytes));
      setCsv(read);
      setFileName(file.name);
      setMapping(proposeColumnMapping(read.headers));
      setReadError(undefined);
    } catch (error) {
      setCsv(undefined);
      setReadError(
        `“${file.name}” could not be read: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  let preview: ReturnType<typeof previewPeopleImport> | undefined;
  let previewError: string | undefined;
  if (csv && existing) {
    try {
      preview = previewPeopleImport(csv, mapping, existing);
    } catch (error) {
      previewError = error instanceof Error ? error.message : String(error);
    }
  }

  const commit = async () => {
    if (!preview) return;
    const stored = await store(preview.toAdd.map((entry) => entry.person));
    if (stored) {
      setDone(`${countOf(stored.length, 'person', 'people')} imported from ${fileName}.`);
      setCsv(undefined);
    }
  };

  return (
    <Page
      title="Import people"
      actions={<Button onClick={() => void navigate('/people')}>Back to people</Button>}
    >
      <p>Choose a CSV file with a header row (for example Title, Name, Group, Role, Email, Phone).</p>
      <div>
        <Button appearance="primary" onClick={() => void pick()}>
          Choose a CSV file
        </Button>
      </div>
      <ErrorMessage error={readError ?? previewError ?? storing.error} title="Nothing was imported" />
      {done ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      ) : null}
      {csv ? (
        <>
          <h2>Columns in {fileName}</h2>
          <div className={styles.mapping}>
            {(Object.keys(personFields) as PersonField[]).map((field) => (
              <Field key={field} label={`Column for ${personFields[field]}`}>
                <Select
                  value={mapping[field] === undefined ? '' : String(mapping[field])}
                  onChange={(_, data) => {
                    const next = { ...mapping };
                    if (data.value === '') delete next[field];
                    else next[field] = Number(data.value);
                    setMapping(next);
                  }}
                >
                  <option value="">Not in the file</option>
                  {csv.headers.map((header, index) => (
                    <option key={index} value={index}>
                      {header || `Column ${index + 1}`}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
          </div>
        </>
      ) : null}
      {preview ? (
        <>
          <h2>To add ({preview.toAdd.length})</h2>
          <ul aria-label="People to add">
            {preview.toAdd.map((entry) => (
              <li key={entry.row}>
                Row {entry.row}: {[entry.person.title, entry.person.name].filter(Boolean).join(' ')}
                {entry.person.group ? `, ${entry.person.group}` : ''}
              </li>
            ))}
          </ul>
          <h2>Duplicates, left out ({preview.duplicates.length})</h2>
          <ul aria-label="Duplicates">
            {preview.duplicates.map((entry) => (
              <li key={entry.row}>
                Row {entry.row}: {entry.person.name}: {entry.reason}
              </li>
            ))}
          </ul>
          <h2>Rows with problems, left out ({preview.badRows.length})</h2>
          <ul aria-label="Rows with problems">
            {preview.badRows.map((entry) => (
              <li key={entry.row}>
                Row {entry.row}: {entry.reasons.join(' ')}
              </li>
            ))}
          </ul>
          <div className={styles.bar}>
            <Button
              appearance="primary"
              disabled={storing.busy || preview.toAdd.length === 0}
              onClick={() => void commit()}
            >
              Import {countOf(preview.toAdd.length, 'person', 'people')}
            </Button>
          </div>
        </>
      ) : null}
    </Page>
  );
}
