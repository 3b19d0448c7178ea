import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ImportResult } from '../../../sync';
import { ErrorMessage } from '../../common/error-message';
import { ClockWarningMessage } from './clock-warning';
import { ImportPreviewView } from './import-preview';
import { useImport } from './use-import';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    alignItems: 'flex-start',
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
});

/** Import: choose a .chamber file, open it with its passphrase if it has one, look at the preview, apply. */
export function ImportSection() {
  const styles = useStyles();
  const { state, choose, check, apply, reset } = useImport();
  const [passphrase, setPassphrase] = useState('');
  return (
    <div className={styles.section}>
      {state.step === 'choose' || state.step === 'refused' || state.step === 'applied' ? (
        <Button onClick={() => void choose()}>Choose a .chamber file...</Button>
      ) : null}
      {state.step === 'refused' ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{state.fileName} was not imported</MessageBarTitle>
            {state.message} Nothing in Chamber was changed.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.step === 'passphrase' ? (
        <form
          className={styles.row}
          onSubmit={(event) => {
            event.preventDefault();
            void check(state.file, passphrase);
          }}
        >
          <Field
            label={`Passphrase for ${state.file.name}`}
            validationMessage={state.error}
            hint={
              state.error ? undefined : 'This file is encrypted: enter the passphrase it was exported with.'
            }
          >
            <Input type="password" value={passphrase} onChange={(_, data) => setPassphrase(data.value)} />
          </Field>
          <Button appearance="primary" type="submit">
            Open file
          </Button>
          <Button onClick={reset}>Cancel</Button>
        </form>
      ) : null}
      {state.step === 'preview' ? (
        <>
          <Text>{state.fileName}</Text>
          <ErrorMessage error={state.error} title="Nothing was imported" />
          <ImportPreviewView
            preview={state.preview}
            busy={state.applying}
            onApply={() => void apply()}
            onCancel={reset}
          />
        </>
      ) : null}
      {state.step === 'applied' ? <Applied fileName={state.fileName} result={state.result} /> : null}
      {state.step === 'applied' ? <ClockWarningMessage /> : null}
    </div>
  );
}

function Applied({ fileName, result }: { fileName: string; result: ImportResult }) {
  return (
    <MessageBar intent={result.conflicts > 0 ? 'warning' : 'success'}>
      <MessageBarBody>
        <MessageBarTitle>Imported {fileName}</MessageBarTitle>
        {result.added} added, {result.updated} updated, {result.deleted} deleted.{' '}
        {result.conflicts > 0 ? (
          <>
            {result.conflicts} conflict{result.conflicts === 1 ? '' : 's'} to settle:{' '}
            <Link to="/sync/conflicts">see the conflicts</Link>.
          </>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
