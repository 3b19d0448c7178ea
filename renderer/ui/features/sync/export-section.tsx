import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../../db/database';
import { planExport, type ExportRequest, type ExportScope } from '../../../sync';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { saveExport, type SavedExport } from './save-export';
import { scopeLabel } from './export-scope';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

type ScopeKind = ExportScope['kind'];

/**
 * Export: which records (a meeting, a committee with its history, everything), which changes (all, or only
 * what a laptop has not had from us), and a passphrase. Encryption starts on whenever the file would hold
 * Part B business, and the reason is shown beside the switch.
 */
export function ExportSection({ meetingId }: { meetingId?: string }) {
  const styles = useStyles();
  const [kind, setKind] = useState<ScopeKind>(meetingId ? 'meeting' : 'everything');
  const [committeeId, setCommitteeId] = useState('');
  const [changes, setChanges] = useState('full');
  // The clerk's tick or untick holds for the reason it was made against: a file that comes to hold Part B
  // business it did not (another scope, other changes) is encrypted again by default.
  const [encryptChoice, setEncryptChoice] = useState<{ on: boolean; reason?: string } | undefined>(undefined);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [saved, setSaved] = useState<SavedExport | undefined>(undefined);
  const committees = useLiveQuery(() => db.committees.orderBy('name').toArray(), []);
  const peers = useLiveQuery(() => db.syncPeers.toArray(), []);
  const chosenCommittee = committeeId || committees?.[0]?.id || '';
  const scope: ExportScope | undefined =
    kind === 'everything'
      ? { kind }
      : kind === 'meeting'
        ? meetingId
          ? { kind, meetingId }
          : undefined
        : chosenCommittee
          ? { kind, committeeId: chosenCommittee }
          : undefined;
  const request: ExportRequest | undefined = scope && {
    scope,
    changes: changes === 'full' ? 'full' : { peer: changes },
  };
  const plan = useLiveQuery(
    async () => (request ? { ...(await planExport(request)), label: await scopeLabel(request.scope) } : null),
    [JSON.stringify(request)],
  );
  const encrypt =
    encryptChoice && encryptChoice.reason === plan?.encryptionReason
      ? encryptChoice.on
      : Boolean(plan?.encryptionReason);
  const [run, exporting] = useAction(saveExport);
  const total = plan ? Object.values(plan.recordCounts).reduce((sum, count) => sum + (count ?? 0), 0) : 0;

  async function onExport() {
    if (!request || !plan) return;
    setSaved(undefined);
    const result = await run(request, plan.label, encrypt ? { passphrase, confirm } : 'none');
    if (result) setSaved(result);
  }

  return (
    <div className={styles.form}>
      <RadioGroup
        aria-label="What to export"
        value={kind}
        onChange={(_, data) => setKind(data.value as ScopeKind)}
      >
        {meetingId ? <Radio value="meeting" label="This meeting" /> : null}
        <Radio value="committee" label="A committee with its history" />
        <Radio value="everything" label="Everything" />
      </RadioGroup>
      {kind === 'committee' ? (
        <Field label="Committee">
          <Select value={chosenCommittee} onChange={(_, data) => setCommitteeId(data.value)}>
            {(committees ?? []).map((committee) => (
              <option key={committee.id} value={committee.id}>
                {committee.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field
        label="Changes"
        hint="Only the changes the other laptop has not had from you make a smaller file."
      >
        <Select value={changes} onChange={(_, data) => setChanges(data.value)}>
          <option value="full">Everything in it (a full export)</option>
          {(peers ?? []).map((peer) => (
            <option key={peer.deviceId} value={peer.deviceId}>
              Changes since my last exchange with {peer.name || peer.deviceId}
            </option>
          ))}
        </Select>
      </Field>
      {plan ? (
        <Text>
          {plan.label}: {total} record{total === 1 ? '' : 's'} to export.
        </Text>
      ) : null}
      <Checkbox
        checked={encrypt}
        onChange={(_, data) =>
          setEncryptChoice({
            on: Boolean(data.checked),
            ...(plan?.encryptionReason && { reason: plan.encryptionReason }),
          })
        }
        label="Encrypt the file with a passphrase"
      />
      {plan?.encryptionReason ? (
        <MessageBar intent={encrypt ? 'info' : 'warning'}>
          <MessageBarBody>{plan.encryptionReason}</MessageBarBody>
        </MessageBar>
      ) : null}
      {encrypt ? (
        <div className={styles.row}>
          <Field label="Passphrase" hint="At least 8 characters.">
            <Input type="password" value={passphrase} onChange={(_, data) => setPassphrase(data.value)} />
          </Field>
          <Field label="Passphrase again">
            <Input type="password" value={confirm} onChange={(_, data) => setConfirm(data.value)} />
          </Field>
        </div>
      ) : null}
      <ErrorMessage error={exporting.error} title="Nothing was exported" />
      {saved ? (
        <MessageBar intent="success">
          <MessageBarBody>
            Saved {saved.fileName}: {saved.recordTotal} record{saved.recordTotal === 1 ? '' : 's'}
            {saved.encrypted ? ', encrypted' : ''}.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!plan || exporting.busy}
          icon={exporting.busy ? <Spinner size="tiny" /> : undefined}
          onClick={() => void onExport()}
        >
          Export
        </Button>
        {/* A whole archive takes a while to write: the clerk is told it is under way, not left guessing. */}
        <Text role="status">
          {exporting.busy ? 'Writing the export: keep Chamber open until it says Saved.' : ''}
        </Text>
      </div>
    </div>
  );
}
